// EventEmitter and once() imported from node:events, awaited at top level
import { EventEmitter, once } from 'node:events';
const e = new EventEmitter();
setTimeout(() => e.emit('x', 42, 'b'), 5);
const args = await once(e, 'x');
console.log('got', args);
process.nextTick(() => e.emit('y', 'tick'));
const [y] = await once(e, 'y');
console.log('then', y);
