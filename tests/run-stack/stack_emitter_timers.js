// EventEmitter.emit's frame between a listener and node's frames below a
// timer, an immediate and a nextTick callback.
const EventEmitter = require('events');
class Bus extends EventEmitter {}
const bus = new Bus();
bus.on('tick', (where) => console.log(new Error(where).stack));
process.nextTick(() => bus.emit('tick', 'nextTick'));
setTimeout(() => {
  bus.emit('tick', 'timeout');
  setImmediate(() => bus.emit('tick', 'immediate'));
}, 1);
setTimeout(function later() {
  bus.once('late', function () { console.log(new Error('once in a timer').stack); });
  bus.emit('late');
}, 20);
