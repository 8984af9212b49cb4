// RUNS: 200
// REDUCES: yes
// Six independent reads: every order, 6! outputs; after the first
// completion the others commute, so most edges are added unrun.
const fs = require("fs");
const op = (i) => new Promise((r) => fs.readFile(__filename, () => r(i)));
for (let i = 0; i < 6; i++) op(i).then(() => console.log(i));
