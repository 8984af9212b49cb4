// util.deprecate: each wrapper warns once, a code warns once across wrappers; the
// warning is emitted as 'warning' on the next tick with node's first-warning hint
const util = require('util');
process.on('warning', (w) => console.log('warning event', w.name, w.code, w.message, w instanceof Error));
const f = util.deprecate(() => console.log('called'), 'f is old', 'DEP_X');
f(); f(); console.log('sync end');
process.nextTick(() => console.log('tick'));
const g = util.deprecate(function g(a) { return a + 1; }, 'g old');
console.log(g(1), g(2), g.name, g.length);
const h = util.deprecate(() => 1, 'h old', 'DEP_X'); h();
function Point(x) { this.x = x; }
Point.prototype.show = function () { return `P${this.x}`; };
const P = util.deprecate(Point, 'Point is deprecated', 'DEP_P');
const p = new P(3);
console.log(p.show(), p instanceof P, p instanceof Point, P.prototype === Point.prototype);
Promise.resolve().then(() => console.log('micro'));
process.emitWarning('plain');
process.emitWarning('with detail', { type: 'CustomWarning', code: 'C1', detail: 'more text' });
process.emitWarning(new Error('an error object'));
try { process.emitWarning(5); } catch (e) { console.log(e.code); }
try { util.deprecate(() => 1, 'm', 5); } catch (e) { console.log(e.code); }
console.count('x');
console.countReset('y');
