// CHECK: --max-drain 20000
// A then handler that queues itself again: the microtask queue never
// empties and the timer never runs.
setTimeout(() => console.log('timer'), 0);
function spin() {
  Promise.resolve().then(spin);
}
spin();
