// RUNS: 200
// REDUCES: no
// Every completion writes the shared counter: no two commute, so every
// edge is run (the reduction must not merge them).
const fs = require("fs");
let done = 0;
for (let i = 0; i < 5; i++)
  fs.readFile(__filename, () => {
    done++;
    console.log(i, done);
  });
