// Object.assign and object spread: shallow copies, later keys win.
const base = { a: 1, nested: { n: 1 } };
const copy = Object.assign({}, base, { b: 2 }, null, { a: 3 });
console.log(copy);
const spread = { ...base, a: 'over', ...{ c: 3 } };
console.log(spread);
copy.nested.n = 99;
console.log(base.nested.n, { ...'ab' }, { ...[1, 2] }, { ...null });
