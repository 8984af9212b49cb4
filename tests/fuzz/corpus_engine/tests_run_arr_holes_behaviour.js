// Holes are skipped by forEach/map but seen by for...of and join.
const a = [1, , 3];
a.forEach((x) => console.log('forEach', x));
console.log(a.map((x) => x * 2));
for (const x of a) console.log('for-of', x);
console.log(a.join('-'), 1 in a, a.indexOf(undefined), a.includes(undefined));
