// events.on: events queued while the consumer is busy, break removes the listeners
const { on, EventEmitter } = require('events');
const ee = new EventEmitter();
ee.on('removeListener', (name) => console.log('removed', name));
(async () => {
  const it = on(ee, 'data');
  console.log('listeners', ee.listenerCount('data'), ee.listenerCount('error'));
  for await (const [a, b] of it) {
    console.log('got', a, b);
    if (a === 3) break;
    await null;
  }
  console.log('after loop', ee.listenerCount('data'), ee.listenerCount('error'));
})();
ee.emit('data', 1, 'x');
ee.emit('data', 2);
Promise.resolve().then(() => console.log('micro A')).then(() => console.log('micro B'));
process.nextTick(() => { console.log('tick'); ee.emit('data', 3); ee.emit('data', 4); });
setTimeout(() => console.log('timeout', ee.emit('data', 5)));
