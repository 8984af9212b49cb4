// Names and lengths of built-in functions.
const roots = { Object, Function, Array, String, Number, Boolean, Symbol, Math, JSON, Promise, Map, Set, WeakMap, WeakSet, Error, TypeError };
const out = [];
for (const [rn, r] of Object.entries(roots)) {
  for (const [tn, target] of [[rn, r], [rn + '.prototype', r.prototype]]) {
    if (!target || typeof target !== 'object' && typeof target !== 'function' || target === Function.prototype) continue;
    for (const k of Object.getOwnPropertyNames(target).concat(Object.getOwnPropertySymbols(target))) {
      if (rn === 'Function' && k === 'prototype') continue;
      if (['caller', 'arguments', 'callee', 'prepareStackTrace', 'match', 'matchAll', 'search'].includes(k)) continue;
      if (tn === 'String.prototype' && ['anchor', 'big', 'blink', 'bold', 'fixed', 'fontcolor', 'fontsize', 'italics', 'link', 'small', 'strike', 'sub', 'sup'].includes(k)) continue;
      const d = Object.getOwnPropertyDescriptor(target, k);
      for (const [w, f] of [['', d.value], ['get ', d.get], ['set ', d.set]])
        if (typeof f === 'function') out.push(`${tn}.${String(k)}${w ? ' (' + w.trim() + ')' : ''}: ${f.name}/${f.length}`);
    }
  }
}
console.log(out.sort().join('\n'));
