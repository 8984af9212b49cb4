// toString with a radix.
console.log((255).toString(16), (255).toString(2), (255).toString(8));
console.log((-255).toString(16), (35).toString(36), (0).toString(2));
console.log((0.5).toString(2), (3.75).toString(16));
console.log((123456789).toString(36));
