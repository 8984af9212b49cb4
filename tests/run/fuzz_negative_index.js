// Found by fuzzing (clang's UndefinedBehaviorSanitizer): the fast paths of
// a[k] and s[k] converted a negative or huge number to an unsigned index
// before checking its range.
const a = [1, 2, 3];
console.log(a[-1], a[-0.5], a[4294967296], a[4294967295], a[NaN], a[1e300], a[-Infinity]);
a[-1] = 'minus one';
a[4294967296] = 'big';
console.log(a[-1], a[4294967296], a.length, Object.keys(a));
console.log('abc'[-1], 'abc'[-0], 'abc'[4294967296], 'abc'[1.5], 'abc'[2]);
