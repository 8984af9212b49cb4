// Q: Keep `var` but print 0 1 2 - two ways: an IIFE, and setTimeout's extra arguments.
for (var i = 0; i < 3; i++) {
  (function (j) {
    setTimeout(() => console.log('iife', j), 0);
  })(i);
}
for (var k = 0; k < 3; k++) {
  setTimeout((n) => console.log('arg', n), 0, k);
}
