// RUNS: 200
// REDUCES: yes
// Completions that queue ticks, microtasks and await chains of their own.
const fs = require("fs");
const read = () => new Promise((r) => fs.readFile(__filename, r));
async function worker(i) {
  await read();
  process.nextTick(() => console.log("tick", i));
  await null;
  queueMicrotask(() => console.log("micro", i));
  console.log("after", i);
}
for (let i = 0; i < 4; i++) worker(i);
