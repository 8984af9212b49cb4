// Q: Promise.race between a random-latency request and a fixed 5 ms timeout: which outcomes
//    are possible?
// RUNS: 300
//@ expect-outputs 2
const request = new Promise((r) => setTimeout(() => r('response'), Math.random() * 10));
const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5));
Promise.race([request, timeout])
  .then((v) => console.log('got', v), (e) => console.log('failed:', e.message));
