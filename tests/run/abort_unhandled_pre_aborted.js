// A sleep with an already aborted signal rejects at once; unhandled.
const tp = require('timers/promises');
const ac = new AbortController();
ac.abort();
tp.setTimeout(10, 1, { signal: ac.signal });
