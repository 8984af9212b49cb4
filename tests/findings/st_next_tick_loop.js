// CHECK: --max-drain 20000
// process.nextTick re-queued from itself forever.
function again() {
  process.nextTick(again);
}
again();
setImmediate(() => console.log('immediate'));
