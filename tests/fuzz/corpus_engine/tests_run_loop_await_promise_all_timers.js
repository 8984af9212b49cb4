// await Promise.all of timers, then a sequential await, timed by labels only.
const wait = (ms, label) => new Promise((r) => setTimeout(() => { console.log('timer', label); r(label); }, ms));
(async () => {
  const both = await Promise.all([wait(60, 'x'), wait(10, 'y')]);
  console.log('both:', both);
  const one = await wait(5, 'z');
  console.log('one:', one);
})();
