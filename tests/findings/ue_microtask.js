// A throw escaping a queueMicrotask callback is an uncaught exception.
queueMicrotask(() => { throw new Error('from microtask'); });
setTimeout(() => console.log('timer'), 0);
