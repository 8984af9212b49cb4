// Aborting while the loop waits rejects the waiting next() from the signal's abort listener.
import { setInterval as every } from 'node:timers/promises';
const ac = new AbortController(); setTimeout(() => ac.abort(), 7);
for await (const x of every(5, 1, { signal: ac.signal })) console.log(x);
