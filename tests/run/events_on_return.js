// events.on: return() and throw() on the iterator, pending next() settle done
const { on, EventEmitter } = require('events');
const ee = new EventEmitter();
const it = on(ee, 'foo');
console.log(typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it, Object.keys(it));
const a = it.next(), b = it.next();
a.then((r) => console.log('a', r));
b.then((r) => console.log('b', r));
it.return().then((r) => console.log('return', r, ee.listenerCount('foo')));
it.next().then((r) => console.log('next after return', r));
ee.emit('foo', 'ignored');
const it2 = on(ee, 'bar');
try { it2.throw('not an error'); } catch (e) { console.log(e.code, e.message); }
const c = it2.next();
c.then((r) => console.log('c', r), (e) => console.log('c rejected', e.message));
console.log('throw returns', it2.throw(new Error('thrown')));
console.log(ee.listenerCount('bar'));
// close option
const it3 = on(ee, 'item', { close: ['end'] });
(async () => {
  for await (const [x] of it3) console.log('item', x);
  console.log('closed', ee.listenerCount('item'), ee.listenerCount('end'));
})();
ee.emit('item', 1);
ee.emit('item', 2);
setImmediate(() => ee.emit('end'));
