// Symbols as values and as keys.
const s = Symbol('tag');
console.log(s, Symbol(), Symbol('with space'));
console.log([s]);
console.log({ [s]: 1, plain: 2 });
console.log(s.toString(), s.description);
console.log(Symbol.iterator);
