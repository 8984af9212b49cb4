// RUNS: 60
// A random delay decides the order of two lines.
setTimeout(() => console.log('random'), Math.random() * 10);
setTimeout(() => console.log('fixed'), 5);
