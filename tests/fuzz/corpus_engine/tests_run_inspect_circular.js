// Circular references: <ref *1> and [Circular *1].
const a = { name: 'a' };
a.self = a;
console.log(a);
const list = [1, 2];
list.push(list);
console.log(list);
const x = { name: 'x' };
const y = { name: 'y', x };
x.y = y;
console.log(x);
