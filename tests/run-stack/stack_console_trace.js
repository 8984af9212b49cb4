// console.trace prints "Trace: ..." and the frames of its caller on stderr (its own
// native frame is not one of them), from the main script and from a timer callback.
function f() {
  console.trace('here', 1);
}
f();
setTimeout(() => console.trace(), 1);
