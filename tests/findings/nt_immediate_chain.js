// setImmediate re-queued from itself forever.
function again() {
  setImmediate(again);
}
again();
console.log('started');
