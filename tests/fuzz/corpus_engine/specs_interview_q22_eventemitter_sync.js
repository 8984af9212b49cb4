// Q: Is EventEmitter.emit asynchronous? Predict the order.
const EventEmitter = require('events');
const bus = new EventEmitter();
bus.on('ping', (x) => console.log('listener 1 got', x));
bus.on('ping', (x) => {
  console.log('listener 2 got', x);
  Promise.resolve().then(() => console.log('microtask from listener 2'));
});
console.log('before emit');
console.log('emit returned', bus.emit('ping', 42));
console.log('after emit');
console.log('emit with no listener returned', bus.emit('nobody'));
