// All primitive kinds in one call: separated by single spaces.
console.log(true, false, null, undefined, 7, 'str');
console.log([true, false, null, undefined]);
console.log({ t: true, n: null, u: undefined });
