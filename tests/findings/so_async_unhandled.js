// Recursion through an async function overflows synchronously; the
// RangeError rejects the outer promise, which nobody handles.
async function deep(n) {
  return deep(n + 1);
}
deep(0);
setTimeout(() => console.log('never'), 1);
