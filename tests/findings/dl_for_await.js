// for await over an async generator that waits forever.
async function* ticks() {
  yield 1;
  await new Promise(() => {});
  yield 2;
}
(async () => {
  for await (const t of ticks()) console.log('tick', t);
  console.log('loop done');
})();
