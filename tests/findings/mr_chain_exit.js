// A rejection on its way down a .then chain: the process exits before the
// reaction jobs run, so node never reports it, yet nothing would handle it.
const p = Promise.reject(new Error('lost on the way'));
p.then((v) => console.log('got', v)).then(() => console.log('never'));
console.log('exiting');
process.exit(0);
