const util = require('util');
const EventEmitter = require('events');

function Stream() { EventEmitter.call(this); }
util.inherits(Stream, EventEmitter);
Stream.prototype.write = function (d) { this.emit('data', d); };
const s = new Stream();
s.on('data', (d) => console.log('data', d));
s.write('hi');
console.log(Stream.super_ === EventEmitter, s instanceof EventEmitter, Object.keys(Stream));
try { util.inherits(Stream, null); } catch (e) { console.log(e.code, e.name); }

async function add(a, b) { return a + b; }
const addCb = util.callbackify(add);
console.log(addCb.name, addCb.length);
addCb(1, 2, (err, v) => console.log('add', err, v));
async function fail() { throw new Error('boom'); }
util.callbackify(fail)((err) => console.log('fail', err.message));
async function falsy() { throw null; }
util.callbackify(falsy)((err) => console.log('falsy', err.message, err.code, err.reason));
Promise.resolve().then(() => console.log('micro 1')).then(() => console.log('micro 2'));
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timeout'));
try { addCb(1, 2); } catch (e) { console.log(e.code); }
console.log('sync end');
