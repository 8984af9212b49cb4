// RUNS: 200
// REDUCES: yes
// A completion that starts another read appends to the I/O list: two of
// those do not commute (the new requests' order), one of them and a plain
// completion do.
const fs = require("fs");
const read = (tag) => new Promise((r) => fs.readFile(__filename, () => r(tag)));
for (let i = 0; i < 4; i++)
  read(i).then((v) => (i % 2 ? read(`${v}b`) : v)).then((v) => console.log(v));
