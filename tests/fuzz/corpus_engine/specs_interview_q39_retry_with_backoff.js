// Q: Write retry(fn, attempts) that retries a failing async operation with a growing delay.
let calls = 0;
async function flaky() {
  calls++;
  console.log('attempt', calls);
  if (calls < 3) throw new Error('flaky failure ' + calls);
  return 'success on attempt ' + calls;
}
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
async function retry(fn, attempts, delay = 5) {
  for (let i = 1; ; i++) {
    try { return await fn(); } catch (e) {
      console.log('failed:', e.message);
      if (i === attempts) throw e;
      await wait(delay * i);
    }
  }
}
retry(flaky, 5).then(console.log);
