// An aborted signal: the first next() of timers/promises setInterval throws node's AbortError.
import { setInterval as every } from 'node:timers/promises';
const ac = new AbortController(); ac.abort();
for await (const x of every(5, 1, { signal: ac.signal })) console.log(x);
