// JSON.stringify of primitives, arrays and objects.
console.log(JSON.stringify(1), JSON.stringify('s'), JSON.stringify(null), JSON.stringify(true));
console.log(JSON.stringify([1, 'a', null, true]), JSON.stringify({ a: 1, b: [2, 3] }));
console.log(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-0));
console.log(JSON.stringify('quote " and \\ and \n'), JSON.stringify('\u2028'));
