// Article "Asynchronous JavaScript", section "Parallel, sequential, race" - Sequential.
const delay = (ms, value) =>
  new Promise((resolve) => setTimeout(() => { console.log(`${value} finished`); resolve(value); }, ms));
const promiseA = () => delay(30, "A");
const promiseB = () => delay(10, "B");
const promiseC = () => delay(20, "C");

async function sequential() {
  const a = await promiseA();
  const b = await promiseB();
  const c = await promiseC();
  return { a, b, c };
}

sequential().then((result) => console.log(result));
