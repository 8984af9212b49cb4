// CHECK: --max-drain 20000
// queueMicrotask recursion never yields to the event loop.
let n = 0;
function count() {
  n++;
  queueMicrotask(count);
}
count();
setTimeout(() => console.log('n =', n), 1);
