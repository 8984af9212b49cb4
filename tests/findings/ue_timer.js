// A throw escaping a timer callback kills the process.
setTimeout(() => {
  console.log('first timer');
  throw new Error('timer failed');
}, 1);
setTimeout(() => console.log('second timer'), 2);
