// An async function's return value is printed according to when it settles.
async function quick() { return 1; }
async function slow() { await null; return 2; }
async function fails() { throw 'nope'; }
console.log(quick());
console.log(slow());
const f = fails();
f.catch(() => {});
console.log(f);
