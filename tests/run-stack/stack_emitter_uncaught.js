// An error thrown by a listener, uncaught: its stack on stderr shows
// onceWrapper and EventEmitter.emit between the listener and the caller.
const EventEmitter = require('events');
class Door extends EventEmitter {}
const d = new Door();
d.on('open', () => console.log('first listener ran'));
d.once('open', function opener(who) {
  throw new Error(`no entry for ${who}`);
});
function knock() { d.emit('open', 'guest'); }
knock();
