// CHECK: --block-warn 2
// A 5 ms busy-wait is below the default threshold (100 ms) but above the
// one given with --block-warn.
setTimeout(() => console.log('timeout'), 0);
const s = Date.now();
while (Date.now() - s < 5) {}
console.log('sync end');
