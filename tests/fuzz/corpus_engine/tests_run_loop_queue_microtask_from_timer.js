// queueMicrotask and nextTick from inside a timer run before the next timer.
setTimeout(() => {
  console.log('timer A');
  queueMicrotask(() => console.log('A microtask'));
  process.nextTick(() => console.log('A nextTick'));
  setTimeout(() => console.log('timer C (scheduled in A)'), 0);
}, 5);
setTimeout(() => console.log('timer B'), 5);
