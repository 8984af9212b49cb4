// RUNS: 200
// REDUCES: yes
// Some reads reject; one rejection is never handled, so the process dies
// at a point that depends on the order.
const fs = require("fs");
const op = (i) =>
  new Promise((res, rej) => fs.readFile(__filename, () => (i % 3 === 2 ? rej(new Error(`e${i}`)) : res(i))));
for (let i = 0; i < 5; i++) {
  const p = op(i).then((v) => console.log("ok", v));
  if (i !== 5 - 1) p.catch((e) => console.log("caught", e.message));
}
