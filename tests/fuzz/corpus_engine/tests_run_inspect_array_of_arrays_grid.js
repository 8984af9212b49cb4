// A grid (array of arrays of numbers).
const grid = [];
for (let r = 0; r < 4; r++) grid.push([r, r * 2, r * 3, r * 4, r * 5, r * 6, r * 7]);
console.log(grid);
console.log([[0, 1], [1, 0]]);
