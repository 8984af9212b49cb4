// console.count, countReset, dir with options, assert, group nesting, info/debug.
console.count();
console.count('x');
console.count();
console.countReset();
console.count();
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
console.assert(1 === 1, 'never shown');
console.group('outer');
console.info('info inside');
console.group();
console.debug('debug deeper', { k: [1, 2] });
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('after groups');
