// `//@ latency io LO..HI`: file system callbacks complete 50 to 60 ms after they start.
const fs = require('fs');
//@ latency io 50..60
//@ deterministic
//@ always "timer" before "read"
fs.readFile(__filename, () => console.log('read'));
setTimeout(() => console.log('timer'), 10);
