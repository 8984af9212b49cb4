// includes, indexOf, lastIndexOf, find, findIndex, findLast, findLastIndex.
const a = [5, 12, 8, 130, 44, 12];
console.log(a.includes(12), a.includes('12'), a.indexOf(12), a.lastIndexOf(12), a.indexOf(7));
console.log(a.find((x) => x > 10), a.findIndex((x) => x > 10), a.find((x) => x > 1000));
console.log(a.findLast((x) => x > 10), a.findLastIndex((x) => x < 10), a.findIndex((x) => x < 0));
