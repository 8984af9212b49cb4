// An error thrown by a timer callback ends the process; node's report names the
// callback Timeout._onTimeout and lists its own timer frames.
setTimeout(() => {
  console.log('about to fail');
  throw new RangeError('out of range');
}, 5);
