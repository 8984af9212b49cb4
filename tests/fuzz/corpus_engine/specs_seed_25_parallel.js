// Article "Asynchronous JavaScript", section "Parallel, sequential, race" - Parallel.
// promiseA/B/C are small timer-based operations with different delays.  The first timer of a
// process may start early (SEMANTICS.md S33), so the first one created has the shortest delay.
const delay = (ms, value) =>
  new Promise((resolve) => setTimeout(() => { console.log(`${value} finished`); resolve(value); }, ms));
const promiseA = () => delay(10, "A");
const promiseB = () => delay(40, "B");
const promiseC = () => delay(25, "C");

async function parallel() {
  const [a, b, c] = await Promise.all([promiseA(), promiseB(), promiseC()]);
  return { a, b, c };
}

parallel().then((result) => console.log(result));
