// a .js file with an import declaration is an ES module (node's module syntax detection)
import { setImmediate as tick } from 'timers/promises';
console.log(this, typeof require, typeof module);
await tick();
console.log('after await');
