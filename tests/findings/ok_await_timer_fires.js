// An await on a timer that does fire: nothing to report.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
(async () => {
  await sleep(5);
  console.log('slept');
  await sleep(1);
  console.log('slept again');
})();
