// Promise.any waiting on async functions: "at async Promise.any (index N)"
// for each rejection (found by the element's reject handler), and for an
// element that will fulfil; the AggregateError itself has no frames.
async function leaf(x) { await null; throw new Error('leaf ' + x); }
async function ok() { await null; await null; console.log(new Error('fulfilling').stack); return 1; }
async function anyFails() { await Promise.any([leaf(0), leaf(1)]); }
async function anyOk() { return await Promise.any([ok()]); }
anyFails().catch((e) => {
  console.log(e.stack);
  for (const x of e.errors) console.log(x.stack);
  return anyOk();
});
