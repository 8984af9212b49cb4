// An async loop that sleeps between rounds and never stops.
// CHECK: --max-states 3000
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
(async () => {
  for (;;) {
    await sleep(10);
  }
})();
