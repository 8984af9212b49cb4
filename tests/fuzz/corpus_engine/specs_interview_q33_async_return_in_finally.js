// Q: An async function with try/finally: when does finally run, and which value wins?
async function f() {
  try {
    console.log('try');
    await null;
    return 'from try';
  } finally {
    console.log('finally');
  }
}
async function g() {
  try {
    return 'from try';
  } finally {
    return 'from finally';
  }
}
f().then((v) => console.log('f ->', v));
g().then((v) => console.log('g ->', v));
console.log('sync end');
