// Article "Asynchronous JavaScript", section "Promise.any() - ES2021" - "If all promises
// reject, Promise.any() throws an AggregateError."
const p1 = new Promise((_, reject) => setTimeout(() => reject(new Error("A failed")), 10));
const p2 = new Promise((_, reject) => setTimeout(() => reject(new Error("B failed")), 20));
const p3 = Promise.reject(new Error("C failed"));

(async () => {
  try {
    await Promise.any([p1, p2, p3]);
  } catch (err) {
    console.log(err.constructor.name, err.message);
    console.log(err.errors.map((e) => e.message));
  }
})();
