// Q: A MessageChannel message, a setTimeout(0) and a setImmediate are queued together in
//    the main module. In which orders can they run?
// RUNS: 300
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => { console.log('message', m); port2.close(); });
port1.postMessage('ping');
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
