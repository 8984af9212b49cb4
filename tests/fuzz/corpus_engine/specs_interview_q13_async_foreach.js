// Q: Why does this print "total 0" first? Does forEach wait for async callbacks?
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let total = 0;
[90, 30, 60].forEach(async (ms) => {
  await sleep(ms);
  total += ms;
  console.log('slept', ms, 'total', total);
});
console.log('total', total);
