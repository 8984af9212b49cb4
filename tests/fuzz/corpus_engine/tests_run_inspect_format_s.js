// %s: strings, numbers, objects and the rest as strings.
console.log('%s is %s years', 'Ada', 36);
console.log('%s', 'only');
console.log('[%s]', null, 'extra', 1);
console.log('%s', undefined);
console.log('%s and %s', 'one');
console.log('%s', -0);
console.log('%s', { a: 1 });
console.log('%s', [1, 'two']);
