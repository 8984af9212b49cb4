// The same after a top-level await: the module resumed from a job, no loader frames.
function g() {
  throw new Error('boom');
}
await null;
g();
