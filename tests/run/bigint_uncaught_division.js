// Dividing a BigInt by zero uncaught: RangeError "Division by zero".
function average(sum, count) { return sum / count; }
console.log(average(10n, 2n));
console.log(average(10n, 0n));
