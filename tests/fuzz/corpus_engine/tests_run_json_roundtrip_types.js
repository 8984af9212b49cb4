// What survives a JSON round trip.
const before = { date: 'kept as string', n: 1.5, arr: [1, [2]], u: undefined, nan: NaN, neg: -0 };
const after = JSON.parse(JSON.stringify(before));
console.log(after);
console.log(Object.keys(before).length, Object.keys(after).length);
