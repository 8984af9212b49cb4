// Busy-wait with performance.now().
const t0 = performance.now();
let polls = 0;
while (performance.now() - t0 < 250) polls++;
console.log('polled', polls > 0);
