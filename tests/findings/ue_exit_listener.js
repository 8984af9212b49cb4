// A throw in an 'exit' listener: exit code 1, and 'exit' is not emitted again.
process.on('exit', (code) => {
  console.log('exit listener, code', code);
  if (code === 0) throw new Error('cleanup failed');
});
console.log('main');
