// events.on over an EventTarget: each value is [event]
const { on } = require('events');
const et = new EventTarget();
(async () => {
  let n = 0;
  for await (const [ev] of on(et, 'ping')) {
    console.log('ping', ev.type, ev instanceof Event);
    if (++n === 2) break;
  }
  console.log('done');
})();
et.dispatchEvent(new Event('ping'));
setTimeout(() => { et.dispatchEvent(new Event('ping')); et.dispatchEvent(new Event('ping')); });
