// Symbol.toStringTag: own enumerable tags are keys, inherited or getter tags decorate the name.
class Tagged { get [Symbol.toStringTag]() { return 'Custom'; } }
class Fixed {}
Object.defineProperty(Fixed.prototype, Symbol.toStringTag, { value: 'FixedTag' });
console.log(new Tagged(), new Fixed(), { [Symbol.toStringTag]: 'Own' });
const hidden = {};
Object.defineProperty(hidden, Symbol.toStringTag, { value: 'Hidden' });
console.log(hidden, Object.create(null), Object.assign(Object.create(null), { a: 1 }));
console.log(String(new Tagged()), `${new Fixed()}`, Object.prototype.toString.call(hidden));
class Same { get [Symbol.toStringTag]() { return 'Same'; } }
console.log(new Same(), [new Tagged()], { nested: new Fixed() });
console.log(Object.prototype.toString.call(1), Object.prototype.toString.call('s'), Object.prototype.toString.call(() => 1));
console.log(Object.prototype.toString.call(new Map()), Object.prototype.toString.call(Promise.resolve()), Object.prototype.toString.call(Symbol()));
