// Article "Asynchronous JavaScript", section "Parallel, sequential, race" - Sequential.
const delay = (ms, value) =>
  new Promise((resolve) => setTimeout(() => { console.log(`${value} finished`); resolve(value); }, ms));
const promiseA = () => delay(10, "A");
const promiseB = () => delay(40, "B");
const promiseC = () => delay(25, "C");

async function sequential() {
  const a = await promiseA();
  const b = await promiseB();
  const c = await promiseC();
  return { a, b, c };
}

sequential().then((result) => console.log(result));
