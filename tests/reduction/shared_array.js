// RUNS: 200
// REDUCES: no
// Completions push onto one array (a write every one of them reads).
const fs = require("fs");
const seen = [];
for (let i = 0; i < 5; i++)
  fs.readFile(__filename, () => {
    seen.push(i);
    if (seen.length === 5) console.log(seen.join(" "));
  });
