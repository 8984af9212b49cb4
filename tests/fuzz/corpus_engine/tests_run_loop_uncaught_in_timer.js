// A throw escaping a timer callback kills the process: later timers never run.
setTimeout(() => {
  console.log('first timer');
  throw new Error('crash in timer');
}, 5);
setTimeout(() => console.log('second timer (never)'), 30);
