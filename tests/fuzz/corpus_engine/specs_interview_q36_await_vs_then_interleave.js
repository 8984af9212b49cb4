// Q: An async function awaiting twice and a then-chain - interleave them.
async function a() {
  console.log('a1');
  await undefined;
  console.log('a2');
  await undefined;
  console.log('a3');
}
a();
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'));
console.log('sync');
