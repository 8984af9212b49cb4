// Recursion through promise jobs never grows the stack.
function step(n) {
  if (n === 0) return Promise.resolve('done');
  return Promise.resolve().then(() => step(n - 1));
}
step(20000).then((v) => console.log(v));
