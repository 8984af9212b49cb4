// Long arrays of booleans and of null.
console.log(Array.from({ length: 20 }, (_, i) => i % 3 === 0));
console.log(new Array(8).fill(null));
