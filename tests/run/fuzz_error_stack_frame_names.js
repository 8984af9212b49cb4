// Frame names as V8 writes them: no "async" on a running async function,
// a generator under its next(), "Type.f [as key]" for calls with a receiver.
const util = require('util');
const show = (e) => console.log(e.stack.split(__dirname).join('<dir>').split('\n').slice(0, 4).join('\n'));
async function af() { show(new Error('first run')); await null; }
af();
function* g() { show(new Error('generator')); yield 1; }
g().next();
async function* ag() { show(new Error('async generator')); yield 1; }
ag().next();
function f2() { show(new TypeError('receiver')); }
f2.call('s');
f2.call(5);
f2.apply(Promise.resolve());
f2.call(new TypeError('t'));
const o = { m: f2, n() { show(new Error('method')); } };
o.m();
o.n();
class K { static sm() { show(new Error('static')); } im() { show(new Error('instance')); } }
K.sm();
new K().im();
const anon = { q: function () { show(new Error('anonymous')); } };
anon.q();
console.log(util.inspect([...g()]).length);
