// A short busy-wait (5 ms) is below the --block-warn threshold.
setTimeout(() => console.log('timeout'), 0);
const s = Date.now();
while (Date.now() - s < 5) {}
console.log('sync end');
