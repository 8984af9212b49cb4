// process is an EventEmitter whose frames are named "process": its 'exit'
// and 'beforeExit' listeners run under process.emit and nothing else; an
// 'uncaughtException' listener under process._fatalException.
process.on('beforeExit', () => console.log(new Error('beforeExit').stack));
process.on('exit', () => console.log(new Error('exit, first').stack));
process.on('exit', () => console.log(new Error('exit, second').stack));
process.emit('custom');
process.on('custom', function () { console.log(new Error('custom').stack); });
process.emit('custom');
process.once('uncaughtException', (err) => console.log(new Error(`caught: ${err.message}`).stack));
setTimeout(function boom() { throw new Error('from a timer'); }, 1);
