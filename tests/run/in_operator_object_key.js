// 'in' converts an object key with ToPropertyKey (toString, toPrimitive; a
// null-prototype object throws), after checking the right-hand side.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.message); } };
t(() => Object.create(null) in [1, 2]);
t(() => ({ toString: undefined, valueOf: undefined }) in [1]);
t(() => ({ [Symbol.toPrimitive]() { return 'length'; } }) in [1]);
t(() => ({ toString() { return '0'; } }) in [1]);
t(() => ({}) in { '[object Object]': 1 });
t(() => { const o = {}; o[Object.create(null)] = 1; });
t(() => ({})[Object.create(null)]);
t(() => delete ({})[Object.create(null)]);
t(() => ({ toString() { console.log('converted'); return 'x'; } }) in 5);
