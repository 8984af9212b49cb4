// Article "Asynchronous JavaScript", sections "Web Workers" / "Node.js worker threads".
// new Worker("worker.js") with the worker's code given inline ({ eval: true }); a Node
// Worker is an EventEmitter, so .on("message") replaces addEventListener("message").
const { Worker } = require("worker_threads");

const worker = new Worker(`
  const { parentPort } = require("worker_threads");
  parentPort.once("message", (data) => parentPort.postMessage(data + " from the worker"));
`, { eval: true });
worker.postMessage("hello");

// In main thread:
worker.on("message", (data) => {
  console.log(data); // response from the worker
});
console.log("main thread keeps going");
