const { spawn } = require("child_process");
spawn("node", ["worker-process.js"]);
