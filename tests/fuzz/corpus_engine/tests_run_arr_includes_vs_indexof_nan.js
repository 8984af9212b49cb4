// Searching for NaN, -0 and objects.
const a = [NaN, -0, { k: 1 }];
console.log(a.includes(NaN), a.indexOf(NaN), a.includes(0), a.indexOf(0));
console.log(a.includes({ k: 1 }), a.findIndex((x) => x && x.k === 1));
