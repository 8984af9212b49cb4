// Math.round/floor/ceil/trunc on positive and negative halves.
const xs = [2.5, -2.5, 2.4, -2.6, 0.5, -0.5];
console.log(xs.map(Math.round));
console.log(xs.map(Math.floor));
console.log(xs.map(Math.ceil));
console.log(xs.map(Math.trunc));
