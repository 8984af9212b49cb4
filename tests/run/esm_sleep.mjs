// ES module: a named import with a new name, used with top-level await
import { setTimeout as sleep } from 'node:timers/promises';
console.log('start');
const v = await sleep(10, 'value');
console.log('slept', v);
setTimeout(() => console.log('timer'), 0);
await sleep(5);
console.log('end');
