// Private members on instances of built-in subclasses (arrays, errors, maps, promises).
class MyArr extends Array { #tag = 'arr'; tag() { return this.#tag + this.length; } }
const a = new MyArr(1, 2);
const b = new MyArr(3);
console.log(a.tag(), b.tag(), a, JSON.stringify(a), Object.keys(a));
class MyErr extends Error { #code = 42; get code() { return this.#code; } }
const e = new MyErr('boom');
console.log(e.code, Object.keys(e), e.message);
class MyMap extends Map { #hits = 0; get(k) { this.#hits++; return super.get(k); } hits() { return this.#hits; } }
const m = new MyMap([[1, 2]]);
m.get(1); m.get(2);
console.log(m.hits(), m);
class MyP extends Promise { #label = 'p'; label() { return this.#label; } }
const p = MyP.resolve(1);
console.log(p.label(), p.then(() => {}).label());
