// import bindings: hoisted, read-only, resolved before the first statement
console.log('first statement', typeof once, typeof E);
f();
function f() { console.log('hoisted function sees', typeof E, typeof d); }
import E, { once, default as d, EventEmitter as EE } from 'events';
import assert, * as asserts from 'node:assert';
import 'util';
console.log(E === d, E === EE, assert === asserts.default, typeof asserts.strictEqual);
try { E = 1; } catch (e) { console.log(e.name, e.message); }
try { once++; } catch (e) { console.log(e.name, e.message); }
const g = () => { d = 2; };
try { g(); } catch (e) { console.log(e.name, e.message); }
console.log(typeof E, typeof once);
console.log(this, typeof require, typeof module, typeof __filename);
