// From the seed article "Asynchronous JavaScript", section "Parallel, sequential, race: Sequential".
function promiseA() { return new Promise((resolve) => setTimeout(() => resolve("A"), 30)); }
function promiseB() { return new Promise((resolve) => setTimeout(() => resolve("B"), 10)); }
function promiseC() { return new Promise((resolve) => setTimeout(() => resolve("C"), 20)); }

async function sequential() {
  const a = await promiseA();
  const b = await promiseB();
  const c = await promiseC();
  return { a, b, c };
}

sequential().then((r) => console.log(r));
