// RUNS: 40
// The handler runs only when Math.random() lets the promise settle.
const p = new Promise((resolve) => {
  setTimeout(() => { if (Math.random() >= 0.5) resolve('ok'); }, 1);
});
p.then((v) => console.log('settled', v));
