// Format specifiers only apply when the first argument is a string.
console.log(1, '%s', 'x');
console.log({ a: '%d' }, 5);
console.log('%s:%s', 'a', 'b', { extra: true }, 'tail');
