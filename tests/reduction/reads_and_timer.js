// RUNS: 200
// REDUCES: yes
// Reads racing a timer and an immediate: the loop's phases in between.
const fs = require("fs");
for (let i = 0; i < 5; i++) fs.readFile(__filename, () => console.log("read", i));
setTimeout(() => console.log("timeout"), 2);
setImmediate(() => console.log("immediate"));
