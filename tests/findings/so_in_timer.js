// Overflow in a timer callback kills the process: the second timer never runs.
function walk(node) { return walk({ next: node }); }
setTimeout(() => walk(null), 1);
setTimeout(() => console.log('second timer'), 2);
