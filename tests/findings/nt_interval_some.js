// The interval is cleared only when Math.random() says so.
const t = setInterval(() => {
  if (Math.random() < 0.5) clearInterval(t);
}, 10);
console.log('started');
