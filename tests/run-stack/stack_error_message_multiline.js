// A message with newlines keeps them in the printed stack.
const e = new Error('line one\nline two');
console.log(e);
console.log(e.message.split('\n').length);
