// node's own frames below an EventEmitter listener: EventEmitter.emit at
// the line that calls one listener, or each of several; onceWrapper above
// it for a once() listener; the receiver's type names both frames.
const EventEmitter = require('events');

const e = new EventEmitter();
e.on('one', function () { console.log(new Error('one listener').stack); });
e.emit('one');

e.on('two', () => console.log(new Error('first of two').stack));
e.on('two', function named() { console.log(new Error('second of two').stack); });
e.emit('two');

e.once('once', () => console.log(new Error('once alone').stack));
e.emit('once');
e.emit('once');

e.once('mixed', () => console.log(new Error('once among two').stack));
e.on('mixed', () => console.log(new Error('on among two').stack));
e.emit('mixed');

class Sub extends EventEmitter {}
const s = new Sub();
s.on('q', function () { console.log(new Error('subclass').stack); });
s.emit('q');
s.prependOnceListener('q', function () { console.log(new Error('subclass prepended once').stack); });
s.emit('q');

// an emit inside an emit, and one called from a function
function relay() { s.emit('q'); }
e.on('relay', relay);
e.emit('relay');
