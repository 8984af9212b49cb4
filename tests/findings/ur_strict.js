// FLAGS: --unhandled-rejections=strict
// strict: the rejection is raised as an uncaught exception at once.
Promise.reject(new RangeError('strict mode'));
process.nextTick(() => console.log('tick'));
