// A throw escaping a process.nextTick callback.
process.nextTick(() => { null.length; });
Promise.resolve().then(() => console.log('microtask'));
