// concat flattens one level of array arguments; spread copies.
const a = [1, 2];
console.log(a.concat(3, [4, 5], [[6]]));
console.log([...a, ...'hi', ...new Set([9])]);
const copy = [...a];
copy.push(3);
console.log(a, copy);
