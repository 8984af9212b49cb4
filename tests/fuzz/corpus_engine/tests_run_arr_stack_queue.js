// Using arrays as a stack and as a queue, like a task queue.
const stack = [];
stack.push('a'); stack.push('b'); stack.push('c');
console.log(stack.pop(), stack.pop(), stack);
const queue = ['t1', 't2'];
queue.push('t3');
while (queue.length) console.log('run', queue.shift());
