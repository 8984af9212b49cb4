// fill, keys, values, entries.
console.log(new Array(4).fill(0), [1, 2, 3, 4].fill(9, 1, 3));
console.log([...['a', 'b'].keys()], [...['a', 'b'].values()], [...['a', 'b'].entries()]);
for (const [i, v] of ['x', 'y'].entries()) console.log(i, v);
const grid = Array.from({ length: 2 }, () => new Array(3).fill('.'));
grid[0][1] = '#';
console.log(grid.map((r) => r.join('')).join('\n'));
