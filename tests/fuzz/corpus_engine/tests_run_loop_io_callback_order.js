// Inside an I/O callback: nextTick, promise, then immediate, then the 0 ms timer.
const fs = require('fs');
fs.readFile(__filename, 'utf8', (err, text) => {
  console.log('read ok:', err === null, text.startsWith('// Inside'));
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('nextTick'));
});
console.log('readFile started');
