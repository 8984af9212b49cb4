// Found by fuzzing (clang's UndefinedBehaviorSanitizer): comparing a
// BigInt with the empty string parsed "" from a NULL buffer plus an offset.
console.log(0n == '', 1n == '', 0n == ' ', 0n < ' 1 ', '' == 0n);
