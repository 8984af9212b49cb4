// A throw escaping an event listener called from a timer.
const EventEmitter = require('events');
const bus = new EventEmitter();
bus.on('data', (d) => { if (d > 1) throw new Error('listener rejects ' + d); });
setTimeout(() => { bus.emit('data', 1); bus.emit('data', 2); console.log('emitted'); }, 1);
setTimeout(() => console.log('later'), 5);
