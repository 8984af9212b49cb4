const worker = new Worker("worker.js");
worker.postMessage("hello");

// In main thread:
worker.addEventListener("message", (event) => {
  console.log(event.data); // response from the worker
});
