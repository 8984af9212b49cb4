// Q: Two setTimeout(0) and two setImmediate with promises in between - which orders can
//    node print?
// RUNS: 300
setTimeout(() => { console.log('t1'); Promise.resolve().then(() => console.log('t1 micro')); }, 0);
setImmediate(() => console.log('i1'));
setTimeout(() => console.log('t2'), 0);
setImmediate(() => console.log('i2'));
