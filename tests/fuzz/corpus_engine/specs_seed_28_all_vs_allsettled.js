// Article "Asynchronous JavaScript", section "Promise.allSettled() - ES2020".
// The article's delays are 3000 ms; 300 ms keeps the oracle fast and changes nothing.
const p1 = new Promise((resolve) => setTimeout(() => resolve("done"), 300));
const p2 = new Promise((_, reject) => setTimeout(() => reject("failed"), 300));

Promise.all([p1, p2]).catch((err) => console.log(err));
// 'failed' - short-circuits when p2 rejects

Promise.allSettled([p1, p2]).then((results) => console.log(results));
// [
//   { status: 'fulfilled', value: 'done' },
//   { status: 'rejected', reason: 'failed' }
// ]
