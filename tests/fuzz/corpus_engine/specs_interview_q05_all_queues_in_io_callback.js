// Q: Inside a file-read callback we schedule a timer, an immediate, a nextTick and a
//    promise. In which order do they run?
const fs = require('fs');
fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('promise'));
  console.log('callback');
});
