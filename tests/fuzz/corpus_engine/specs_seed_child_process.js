// From the seed article "Asynchronous JavaScript", section "Node.js worker threads".
const { spawn } = require("child_process");
const child = spawn("node", ["-e", "console.log('worker process')"]);
child.stdout.on("data", (d) => process.stdout.write(d));
