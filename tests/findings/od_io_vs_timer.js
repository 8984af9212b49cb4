// RUNS: 60
// A file read against a timer.
const fs = require('fs');
fs.readFile(__filename, () => console.log('read'));
setTimeout(() => console.log('timer'), 1);
