// CHECK: --max-steps 200000
// An endless loop inside a promise handler.
Promise.resolve().then(() => {
  for (let i = 0; i >= 0; i = (i + 1) % 10) {}
});
console.log('sync end');
