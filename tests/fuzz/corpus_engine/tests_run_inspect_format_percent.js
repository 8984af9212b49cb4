// %% is a literal percent; unknown or trailing specifiers are kept.
console.log('100%%');
console.log('%% %s', 'x');
console.log('50% off');
console.log('%x %s', 'y');
console.log('%', 1);
console.log('%s%', 'a');
