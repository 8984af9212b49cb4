// Objects are shared by reference; comparison is by identity.
const a = { n: 1 };
const b = a;
b.n = 2;
console.log(a.n, a === b, { n: 2 } === { n: 2 });
function mutate(o) { o.n++; o = { n: 100 }; return o; }
const r = mutate(a);
console.log(a, r);
