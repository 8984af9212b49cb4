// process.nextTick and setTimeout pass extra arguments to the callback.
process.nextTick((a, b) => console.log('nextTick got', a, b), 'x', 42);
setTimeout((...args) => console.log('timeout got', args), 1, 'p', 'q');
setImmediate((v) => console.log('immediate got', v), 'imm');
