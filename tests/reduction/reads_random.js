// RUNS: 200
// REDUCES: yes
// A completion that draws Math.random(): its later choices ride along
// with the inferred edges.
const fs = require("fs");
for (let i = 0; i < 4; i++)
  fs.readFile(__filename, () => console.log(i, Math.random() < 0.5 ? "low" : "high"));
