// RUNS: 40
// The promise is resolved only when Math.random() says so: on the other
// schedules the await never resumes.
const ready = new Promise((resolve) => {
  setTimeout(() => { if (Math.random() < 0.5) resolve('go'); }, 1);
});
(async () => {
  console.log('waiting');
  console.log('got', await ready);
})();
