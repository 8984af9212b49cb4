// From the seed article "Asynchronous JavaScript", section "Parallel, sequential, race: Parallel".
function promiseA() { return new Promise((resolve) => setTimeout(() => resolve("A"), 30)); }
function promiseB() { return new Promise((resolve) => setTimeout(() => resolve("B"), 10)); }
function promiseC() { return new Promise((resolve) => setTimeout(() => resolve("C"), 20)); }

async function parallel() {
  const [a, b, c] = await Promise.all([promiseA(), promiseB(), promiseC()]);
  return { a, b, c };
}

parallel().then((r) => console.log(r));
