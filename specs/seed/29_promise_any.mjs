// Article "Asynchronous JavaScript", section "Promise.any() - ES2021" - as written, with
// top-level await (an ES module).
// RUNS: 300
//@ expect-outputs 3
const p1 = new Promise((resolve) =>
  setTimeout(() => resolve("A"), Math.random() * 1000),
);
const p2 = new Promise((resolve) =>
  setTimeout(() => resolve("B"), Math.random() * 1000),
);
const p3 = new Promise((resolve) =>
  setTimeout(() => resolve("C"), Math.random() * 1000),
);

const result = await Promise.any([p1, p2, p3]);
console.log(result); // 'A', 'B', or 'C' - whichever resolves first
