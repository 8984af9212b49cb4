// RUNS: 200
// REDUCES: yes
// A completion drops the only way to settle a promise others wait on:
// the waiters can never run (a deadlock finding on some schedules).
const fs = require("fs");
let settle = null;
const gate = new Promise((r) => (settle = r));
gate.then(() => console.log("gate opened"));
for (let i = 0; i < 5; i++)
  fs.readFile(__filename, () => {
    console.log("read", i);
    if (i === 0) settle = null;
    if (i === 4 && settle) settle();
  });
