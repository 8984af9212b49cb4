// Reaches something ticktock does not model only when a timer fires: check
// must say so (exit 2) rather than report ticktock's error as an output.
const { BroadcastChannel } = require('worker_threads');
console.log('a');
setTimeout(() => {
  new BroadcastChannel('x');
  console.log('b');
}, 1);
