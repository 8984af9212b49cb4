// events.once is async (two jobs later than its inner promise) and takes
// { signal }.
const EventEmitter = require('events');
const { once } = EventEmitter;
const e = new EventEmitter();
(async () => { console.log('once', await once(e, 'x')); })();
e.emit('x', 1, 2);
Promise.resolve().then(() => console.log(1)).then(() => console.log(2)).then(() => console.log(3)).then(() => console.log(4));
const ac = new AbortController();
once(e, 'y', { signal: ac.signal }).catch((err) => console.log('aborted', err.name, err.code, err.cause.name, e.listenerCount('y'), e.listenerCount('error')));
ac.abort();
EventEmitter.once(e, 'z', { signal: ac.signal }).catch((err) => console.log('pre-aborted', err.message, String(err.cause)));
once(e, 'z', { signal: 'no' }).catch((err) => console.log(err.code, err.message));
const ac2 = new AbortController();
once(e, 'w', { signal: ac2.signal }).then((v) => { console.log('w', v); ac2.abort(); });
setTimeout(() => e.emit('w', 'ok'), 1);
