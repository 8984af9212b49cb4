// An immediate queued during the check phase runs in the next loop iteration.
let n = 0;
function again() {
  console.log('immediate', ++n);
  if (n < 3) setImmediate(again);
}
setImmediate(again);
setImmediate(() => console.log('second original immediate'));
