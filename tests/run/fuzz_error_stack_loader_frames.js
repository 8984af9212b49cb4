// An error made under the script's top level carries node's loader frames
// (up to V8's 10); class field initialisers have their own frame names.
const util = require('util');
const show = (x) => console.log((typeof x === 'string' ? x : util.inspect(x)).split(__dirname).join('<dir>'));
show(new Error('e'));
function f() { return new TypeError('t'); }
show(f().stack);
class C { p = new Error('field'); static s = new RangeError('static'); }
show(new C().p.stack);
show(C.s.stack.split('\n').slice(0, 2).join('\n')); // V8 places the caller oddly
function deep(n) { return n === 0 ? new Error('deep') : deep(n - 1); }
show(deep(3).stack);
show(deep(12).stack);
show([new Error('in array')]);
