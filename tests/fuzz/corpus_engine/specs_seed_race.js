// From the seed article "Asynchronous JavaScript", section "Parallel, sequential, race: Race".
function promiseA() { return new Promise((resolve) => setTimeout(() => resolve("A"), 30)); }
function promiseB() { return new Promise((resolve) => setTimeout(() => resolve("B"), 10)); }
function promiseC() { return new Promise((resolve) => setTimeout(() => resolve("C"), 20)); }

async function race() {
  const first = await Promise.race([promiseA(), promiseB(), promiseC()]);
  return first;
}

race().then((r) => console.log(r));
