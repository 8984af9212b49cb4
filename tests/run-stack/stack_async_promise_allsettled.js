// Promise.allSettled waiting on async functions: V8 shows "at async
// Promise.allSettled (index N)" for an element that will fulfil and for one
// that will reject (both found by the element's fulfil handler).
async function fulfils() { await null; console.log(new Error('made while fulfilling').stack); return 1; }
async function rejects() { await null; await null; throw new Error('rejects'); }
async function settled() {
  const r = await Promise.allSettled([fulfils(), 2, rejects()]);
  console.log(r[2].reason.stack);
}
settled();
