// timers/promises with { signal }: abort before the call, before the timer
// fires, after it fired; bad options reject.
const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
const tp = require('timers/promises');
const show = (tag) => (e) => console.log(tag, e.name, e.code, e.message, e.cause === undefined ? 'no cause' : String(e.cause), Object.keys(e));
const pre = new AbortController();
pre.abort('pre-reason');
sleep(10, 'v', { signal: pre.signal }).catch(show('pre timeout'));
immediate('v', { signal: pre.signal }).catch(show('pre immediate'));
tp.setTimeout(10, 'v', { signal: pre.signal }).catch((e) => console.log(e));
const later = new AbortController();
sleep(50, 'v', { signal: later.signal }).then((v) => console.log('never', v), show('later timeout'));
immediate('w', { signal: later.signal }).then((v) => console.log('immediate resolved', v), show('never'));
setImmediate(() => { console.log('abort later'); later.abort(); });
const after = new AbortController();
immediate('x').then(() => sleep(1, 'fired', { signal: after.signal })).then((v) => {
  console.log(v);
  after.abort();
  console.log('aborted after', after.signal.aborted);
});
tp.setTimeout(1, 'x', { signal: 5 }).catch(show('bad signal'));
tp.setTimeout(1, 'x', 'bad').catch(show('bad options'));
tp.setTimeout(1, 'x', { ref: 1 }).catch(show('bad ref'));
tp.setTimeout(100000, 'unref', { ref: false }).then(console.log);
