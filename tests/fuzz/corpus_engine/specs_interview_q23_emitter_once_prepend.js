// Q: once(), prependListener() and removing a listener during emit - what is printed?
const EventEmitter = require('events');
const e = new EventEmitter();
function b() { console.log('b'); e.removeListener('x', c); }
function c() { console.log('c'); }
e.on('x', b);
e.on('x', c);
e.once('x', () => console.log('once'));
e.prependListener('x', () => console.log('first'));
e.emit('x');
console.log('--- second emit');
e.emit('x');
console.log('listeners left:', e.listenerCount('x'));
