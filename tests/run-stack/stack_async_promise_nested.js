// Nested combinators: the frames of each combinator, innermost first, then
// the async function awaiting the outermost.
async function leaf(x) { await null; throw new Error('leaf ' + x); }
async function inner() { await null; console.log(new Error('inner').stack); }
async function nested() { await Promise.all([3, Promise.any([leaf(1)])]); }
async function settledOfAll() { await Promise.allSettled([Promise.all([1, inner()]), 2]); }
(async () => {
  await nested().catch((e) => console.log(e.errors[0].stack));
  await settledOfAll();
  await Promise.race([Promise.all([leaf(2)])]).catch((e) => console.log(e.stack));
})();
