// Events node's EventEmitter emits itself: 'newListener' from _addListener
// below addListener (on), prependListener, once and prependOnceListener;
// 'removeListener' from removeListener (one listener left or several),
// also when onceWrapper removes a once() listener.
const EventEmitter = require('events');
const show = (what) => console.log(new Error(what).stack.split('\n').slice(0, 7).join('\n'));

class Hub extends EventEmitter {}
const hub = new Hub();
hub.on('newListener', (name) => show(`newListener ${name}`));
hub.on('a', () => {});
hub.addListener('b', () => {});
hub.prependListener('c', () => {});
hub.once('d', () => {});
hub.prependOnceListener('e', () => {});
hub.removeAllListeners('newListener');

hub.on('removeListener', (name) => show(`removeListener ${name}`));
const one = () => {}, two = () => {};
hub.on('x', one);
hub.on('x', two);
hub.removeListener('x', one);
hub.off('x', two);
hub.once('y', one);
hub.once('y', two);
hub.emit('y');
