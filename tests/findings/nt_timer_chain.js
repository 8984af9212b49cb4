// A timer callback that sets the same timer again: the loop never empties.
// CHECK: --max-states 3000
function poll() {
  console.log('polling');
  setTimeout(poll, 5);
}
poll();
