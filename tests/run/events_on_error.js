// events.on: 'error' rejects the pending next(); an error queued behind events comes after them
const { on, EventEmitter } = require('events');
const ee = new EventEmitter();
(async () => {
  try {
    for await (const [v] of on(ee, 'tick')) console.log('tick', v);
  } catch (e) {
    console.log('caught', e.message, ee.listenerCount('tick'), ee.listenerCount('error'));
  }
})();
setTimeout(() => {
  ee.emit('tick', 1);
  ee.emit('error', new Error('bad'));
  console.log('emitted error');
}, 1);
const ee2 = new EventEmitter();
const it = on(ee2, 'x');
ee2.emit('x', 'a');
ee2.emit('error', new Error('late'));
ee2.emit('x', 'b');
it.next().then((r) => console.log('next 1', r));
it.next().then((r) => console.log('next 2', r), (e) => console.log('next 2 rejected', e.message));
it.next().then((r) => console.log('next 3', r));
const ee3 = new EventEmitter();
const it3 = on(ee3, 'y');
const p1 = it3.next(), p2 = it3.next();
p1.then((r) => console.log('p1', r), (e) => console.log('p1 rejected', e.message));
p2.then((r) => console.log('p2', r));
ee3.emit('error', new Error('while waiting'));
