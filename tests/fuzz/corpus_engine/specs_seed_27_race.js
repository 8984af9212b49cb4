// Article "Asynchronous JavaScript", section "Parallel, sequential, race" - Race.
// The losers still run to completion; their results are ignored.
const delay = (ms, value) =>
  new Promise((resolve) => setTimeout(() => { console.log(`${value} finished`); resolve(value); }, ms));
const promiseA = () => delay(10, "A");
const promiseB = () => delay(40, "B");
const promiseC = () => delay(25, "C");

async function race() {
  const first = await Promise.race([promiseA(), promiseB(), promiseC()]);
  return first;
}

race().then((first) => console.log("winner:", first));
