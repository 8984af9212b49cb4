// A destructuring assignment evaluates a member target (its object and key)
// before it reads the value for it, as V8 does: before next() for an array
// element or rest, before the getter for an object property (after a
// computed key).
const log = (m) => (console.log(m), m);
const it = { [Symbol.iterator]() { let i = 0; return { next() { log('next'); return { value: i++, done: i > 3 }; }, return() { log('return'); return {}; } }; } };
const o = {};
[o[log('k1')], o[log('k2')] = log('d')] = it;
const src = { get a() { log('get a'); return undefined; } };
({ a: o[log('k3')] = log('d3') } = src);
({ a: [o[log('k4')]] = [1] } = src);
({ ...o[log('k5')] } = src);
[...o[log('k6')]] = it;
({ [log('key')]: o[log('k7')] } = { key: 7 });
[(log('obj'), o).k8, o.k9] = [8, 9];
[o[log('k10')] = ([o[log('k11')]] = [11])[0]] = [];
console.log(o);
