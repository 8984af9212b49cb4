// The Symbol.match/matchAll/replace/search/split protocol: String methods
// defer to a pattern object's methods; RegExp.prototype's own ones; the
// RegExp String Iterator; IsRegExp through Symbol.match; structuredClone.
const custom = {
  [Symbol.match](s) { return `match(${s})`; },
  [Symbol.matchAll](s) { return `matchAll(${s})`; },
  [Symbol.replace](s, r) { return `replace(${s},${r})`; },
  [Symbol.search](s) { return `search(${s})`; },
  [Symbol.split](s, l) { return `split(${s},${l})`; },
  flags: 'g',
};
console.log('abc'.match(custom), 'abc'.matchAll(custom), 'abc'.replace(custom, 'x'), 'abc'.search(custom));
console.log('abc'.split(custom, 2), 'abc'.replaceAll(custom, 'y'));
console.log(typeof Symbol.match, Symbol.split.toString(), Symbol.matchAll.description);
console.log(RegExp.prototype[Symbol.split].name, RegExp.prototype[Symbol.replace].length, /b/[Symbol.match]('abc'));
console.log(/(\d)/g[Symbol.replace]('a1b2', '<$1>'), /-/[Symbol.split]('a-b-c', 2), /c/[Symbol.search]('abc'));
const it = 'a1b2'.matchAll(/\d/g);
console.log(it, Object.prototype.toString.call(it), typeof it[Symbol.iterator], it.next(), [...it].length, it.next());
const fake = { [Symbol.match]: true, source: 'x+', flags: 'g' };
console.log(new RegExp(fake), String(RegExp(fake, 'i')));
try { 'x'.includes(fake); } catch (e) { console.log(e.message); }
const notRx = /a/;
notRx[Symbol.match] = false;
console.log('/a/'.includes(notRx), 'x/a/'.endsWith(notRx));
const it2 = 'aXbX'.matchAll(/X/g);
try { Object.getPrototypeOf(it2).next.call({}); } catch (e) { console.log(e.message); }
try { RegExp.prototype[Symbol.match].call(1, 'a'); } catch (e) { console.log(e.message); }
try { 'a'.match({ [Symbol.match]: 5 }); } catch (e) { console.log(e.message); }
try { 'a'.matchAll({ [Symbol.match]: 1 }); } catch (e) { console.log(e.message); }
try { 'a'.replaceAll({ [Symbol.match]: 1, flags: 'i' }, ''); } catch (e) { console.log(e.message); }
const original = /a(b)?/gi;
original.lastIndex = 2;
original.extra = 1;
const copy = structuredClone(original);
console.log(copy, copy === original, copy.lastIndex, copy.flags, copy.extra);
console.log(structuredClone({ list: [/x/m, /y/] }));
