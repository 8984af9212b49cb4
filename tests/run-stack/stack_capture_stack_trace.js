// Error.captureStackTrace: errors and plain objects (an own 'stack' headed like
// Error.prototype.toString), constructorOpt dropping the frames above it, bad arguments.
const o = {}; Error.captureStackTrace(o);
console.log(JSON.stringify(o.stack.split('\n').slice(0, 2)), Object.getOwnPropertyDescriptor(o, 'stack') && typeof Object.getOwnPropertyDescriptor(o, 'stack').get);
const p = { name: 'Custom', message: 'msg' }; Error.captureStackTrace(p);
console.log(p.stack.split('\n')[0]);
function Outer() { const e = {}; Error.captureStackTrace(e, Outer); return e; }
function caller() { return Outer(); }
console.log(caller().stack.split('\n').slice(0, 2).join('|'));
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; Error.captureStackTrace(this, MyErr); } }
function thrower() { throw new MyErr('boom'); }
try { thrower(); } catch (e) { console.log(e.stack.split('\n').slice(0, 2).join('|')); }
console.log(Object.keys(o), o.propertyIsEnumerable('stack'));
try { Error.captureStackTrace(1); } catch (e) { console.log(e.name, e.message); }
try { Error.captureStackTrace(Object.freeze({})); } catch (e) { console.log(e.name, e.message); }
const e2 = new Error('again');
Error.captureStackTrace(e2);
console.log(e2.stack.split('\n').slice(0, 2).join('|'));
