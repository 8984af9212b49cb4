// From the seed article "Asynchronous JavaScript", section "Web Workers".
// Browser code: Worker is not a global in node; kept as in the article.
const worker = new Worker("worker.js");
worker.postMessage("hello");

// In main thread:
worker.addEventListener("message", (event) => {
  console.log(event.data); // response from the worker
});
