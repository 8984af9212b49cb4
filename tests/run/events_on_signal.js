// events.on with { signal }: aborting rejects with AbortError; an aborted signal throws at once
const { on, EventEmitter } = require('events');
const ee = new EventEmitter();
const ac = new AbortController();
(async () => {
  try {
    for await (const [v] of on(ee, 'foo', { signal: ac.signal })) {
      console.log('foo', v);
    }
  } catch (e) {
    console.log('caught', e.name, e.code, e.message, e.cause, ee.listenerCount('foo'));
  }
})();
ee.emit('foo', 1);
setTimeout(() => {
  ee.emit('foo', 2);
  ac.abort('why');
  console.log('aborted');
}, 5);
try { on(ee, 'foo', { signal: AbortSignal.abort() }); } catch (e) { console.log('sync', e.name, e.code); }
try { EventEmitter.on(ee, 'foo', { signal: 'nope' }); } catch (e) { console.log(e.code, e.message); }
console.log(EventEmitter.on === on, EventEmitter.listenerCount(ee, 'foo'));
const { getEventListeners } = require('events');
const et = new EventTarget();
const h = () => {};
et.addEventListener('ping', h);
console.log(getEventListeners(ee, 'foo').length, getEventListeners(et, 'ping')[0] === h, getEventListeners(et, 'none'));
