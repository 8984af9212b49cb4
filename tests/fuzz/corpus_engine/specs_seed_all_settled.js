// From the seed article "Asynchronous JavaScript", section "Promise.allSettled() — ES2020".
const p1 = new Promise((resolve) => setTimeout(() => resolve("done"), 3000));
const p2 = new Promise((_, reject) => setTimeout(() => reject("failed"), 3000));

Promise.all([p1, p2]).catch((err) => console.log(err));
// 'failed' — short-circuits when p2 rejects

Promise.allSettled([p1, p2]).then((results) => console.log(results));
// [
//   { status: 'fulfilled', value: 'done' },
//   { status: 'rejected', reason: 'failed' }
// ]
