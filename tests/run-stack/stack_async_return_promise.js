// `return promise` in an async function resolves its promise through a later job: when
// the error is made, nobody waits on the inner promise yet, so no async frame is shown.
async function leaf() { await null; throw new Error('leaf'); }
async function passThrough() { return leaf(); }
async function outer() { await passThrough(); }
outer().catch((e) => console.log(e.stack));
async function* gen() { await null; throw new Error('gen'); }
async function useGen() { for await (const x of gen()) console.log(x); }
useGen().catch((e) => console.log(e.stack));
