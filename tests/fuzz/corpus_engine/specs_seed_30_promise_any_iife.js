// Article "Asynchronous JavaScript", section "Promise.any() - ES2021" - CommonJS variant:
// the top-level await wrapped in an async IIFE; delays scaled down to Math.random() * 100.
// RUNS: 300
const p1 = new Promise((resolve) =>
  setTimeout(() => resolve("A"), Math.random() * 100),
);
const p2 = new Promise((resolve) =>
  setTimeout(() => resolve("B"), Math.random() * 100),
);
const p3 = new Promise((resolve) =>
  setTimeout(() => resolve("C"), Math.random() * 100),
);

(async () => {
  const result = await Promise.any([p1, p2, p3]);
  console.log(result); // 'A', 'B', or 'C' - whichever resolves first
})();
