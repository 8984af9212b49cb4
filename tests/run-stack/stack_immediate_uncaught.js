// The same from an immediate and a nextTick callback (the tick runs first).
setImmediate(() => {
  throw new TypeError('from immediate');
});
process.nextTick(() => console.log(new Error('tick').stack));
