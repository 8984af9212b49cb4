// receiveMessageOnPort takes a queued message synchronously ({ message } or undefined),
// even from a port that does not receive on its own.
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.postMessage({ n: 1 });
port1.postMessage({ n: 2 });
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
port1.postMessage('later');
setImmediate(() => {
  console.log('immediate', receiveMessageOnPort(port2));
  port1.close();
});
