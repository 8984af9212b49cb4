// Mixing a BigInt with a Number uncaught: node's TypeError, exit code 1.
const total = 10n;
console.log('before');
console.log(total + 1);
