// stdout and stderr lines in one stream keep the order they were written in
// (node writes both synchronously on Linux).
console.log('out 1');
console.error('err 1');
process.stdout.write('out 2\n');
console.warn('err 2');
setTimeout(() => { console.log('out 3'); console.error('err 3'); }, 1);
