// node's isError is `isNativeError(e) || e instanceof Error`: objects that
// only inherit from Error.prototype (old-style subclasses, the prototypes of
// TypeError and the like) print as errors too; a constructor named Object
// keeps the plain form.
function MyError(msg) { this.message = msg; this.name = 'MyError'; }
MyError.prototype = Object.create(Error.prototype);
MyError.prototype.constructor = MyError;
console.log(new MyError('bad'));
console.log([new MyError('bad2')], { e: new MyError('') });
function E2(msg) { this.message = msg; }
E2.prototype = Object.create(Error.prototype);
console.log(new E2('m'), Object.create(Error.prototype), Object.create(TypeError.prototype));
const e3 = Object.create(RangeError.prototype);
e3.extra = 1;
console.log(e3);
console.log(TypeError.prototype, Error.prototype, [SyntaxError.prototype]);
class Sub extends Error {}
console.log(Sub.prototype);
const plain = Object.create(Error.prototype, { constructor: { value: Object } });
console.log(plain);
