// V8 names a frame by the receiver of the call, arrows included: an arrow called as a
// method is "Object.f", one called with no receiver is unnamed; emitters call listeners
// with the emitter as receiver.
const { EventEmitter } = require('events');
const top = (e) => e.stack.split('\n')[1].trim();
const obj = { f: () => new Error('a') };
console.log(top(obj.f()));
console.log([1].map(() => top(new Error('b')))[0]);
const o2 = { g() { return top(new Error('c')); } };
console.log(o2.g());
const e = new EventEmitter();
e.on('x', () => console.log(top(new Error('d'))));
e.on('x', function named() { console.log(top(new Error('e'))); });
e.emit('x');
