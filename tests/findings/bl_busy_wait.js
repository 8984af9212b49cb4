// Busy-waiting on the clock for half a second blocks everything else.
const start = Date.now();
while (Date.now() - start < 500) {}
console.log('waited');
