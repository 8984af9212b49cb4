// forEach/map callbacks receive (value, index, array); forEach returns undefined.
const r = ['a', 'b'].forEach((v, i, arr) => console.log(v, i, arr));
console.log(r);
console.log(['x', 'y'].map((v, i) => v + i));
