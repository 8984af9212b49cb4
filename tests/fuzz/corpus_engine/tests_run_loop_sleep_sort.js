// "Sleep sort": each value waits value * 40 ms, so they print in sorted order.
const values = [3, 1, 4, 2];
for (const v of values) setTimeout(() => console.log(v), v * 40);
