// for await over an async generator interleaved with a plain promise chain.
async function* ticks() {
  for (let i = 1; i <= 3; i++) {
    await null;
    yield i;
  }
}
(async () => {
  for await (const t of ticks()) console.log('tick', t);
  console.log('loop done');
})();
Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 2'))
  .then(() => console.log('then 3')).then(() => console.log('then 4'));
