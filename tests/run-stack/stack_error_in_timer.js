// An error created in a timer callback: node-internal timer frames in the stack.
setTimeout(() => {
  const e = new Error('from a timer');
  console.log(e);
}, 1);
