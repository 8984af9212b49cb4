// Object spread and rest run the source's getters, in key order (genfuzz:
// `{ ...{ get then() { ... } } }` threw in node, not in ticktock).
const s = Symbol('k');
const o = { x: 1, get a() { console.log('get a'); return this.x + 1; }, [s]: 3, get [Symbol.iterator]() { return 9; } };
Object.defineProperty(o, 'hidden', { get() { console.log('hidden ran'); return 0; }, enumerable: false });
const { x, ...rest } = o;
console.log(x, rest, { ...o, x: 5 }, { y: 0, ...o });
const t = { get b() { throw new Error('boom'); } };
try { ({ ...t }); } catch (e) { console.log(e.message); }
try { const { ...r2 } = t; console.log(r2); } catch (e) { console.log(e.message); }
function f({ a, ...others }) { return others; }
console.log(f({ a: 1, get b() { return 2; } }));
const where = (e) => e.stack.split('\n').slice(1, 4).join('\n').split(__dirname).join('<dir>');
function g0() { return { a() {}, ...({ get then() { return new Error('in getter'); } }) }; }
console.log(where(g0().then));
const acc = { get a() { return new Error('g'); }, set b(v) { console.log(new Error('s').stack.split('\n')[1].split(__dirname).join('<dir>')); } };
console.log(where(acc.a));
acc.b = 1;
