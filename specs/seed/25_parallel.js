// Article "Asynchronous JavaScript", section "Parallel, sequential, race" - Parallel.
// promiseA/B/C are small timer-based operations with different delays.
const delay = (ms, value) =>
  new Promise((resolve) => setTimeout(() => { console.log(`${value} finished`); resolve(value); }, ms));
const promiseA = () => delay(30, "A");
const promiseB = () => delay(10, "B");
const promiseC = () => delay(20, "C");

async function parallel() {
  const [a, b, c] = await Promise.all([promiseA(), promiseB(), promiseC()]);
  return { a, b, c };
}

parallel().then((result) => console.log(result));
