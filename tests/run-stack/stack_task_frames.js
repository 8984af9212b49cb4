// node's own frames below the callbacks the event loop runs: timers, intervals,
// immediates, nextTick callbacks and fs callbacks (one after the other, no races).
const fs = require('fs');
const frames = (tag) => console.log(tag, new Error(tag).stack.split('\n').slice(1).map((s) => s.trim()).join(' | '));
setTimeout(() => {
  frames('timer');
  setTimeout(function named() {
    frames('named timer');
    const iv = setInterval(() => {
      frames('interval');
      clearInterval(iv);
      setImmediate(() => {
        frames('immediate');
        process.nextTick(() => {
          frames('tick');
          fs.readFile(__filename, () => {
            frames('readFile');
            fs.stat(__filename, () => {
              frames('stat');
              fs.access(__filename, () => frames('access'));
            });
          });
        });
      });
    }, 1);
  }, 1);
}, 1);
