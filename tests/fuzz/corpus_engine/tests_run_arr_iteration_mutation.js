// Mutating an array while iterating it.
const a = [1, 2, 3];
for (const x of a) {
  if (x === 1) a.push(4);
  console.log('visit', x);
}
const b = [1, 2, 3, 4];
b.forEach((x, i) => { if (x === 2) b.splice(i, 1); console.log('each', x); });
console.log(b);
