// Arrays with non-index properties show them after the items.
const a = [1, 2];
a.label = 'pair';
console.log(a);
const b = [];
b.empty = true;
console.log(b);
