// Symbol-keyed properties print after string keys; non-enumerable ones are hidden.
const s1 = Symbol('one'), s2 = Symbol(), s3 = Symbol.for('reg');
const o = { [s1]: 1, plain: 2, [s2]: 3, [s3]: { nested: true } };
console.log(o, Object.getOwnPropertySymbols(o), s3.description, Symbol.keyFor(s3), Symbol.keyFor(s1));
Object.defineProperty(o, Symbol('hidden'), { value: 4, enumerable: false });
console.log(o, [s1, s2], { [Symbol.iterator]: 1, [Symbol.asyncIterator]: 2 });
console.log(s1.toString(), String(s2), s1.description, typeof s1, Object(s1), [Symbol('a b')]);
console.log(JSON.stringify(o), Object.keys(o), Object.entries(o));
