// instanceof consults Symbol.hasInstance (static methods, plain objects, non-callables).
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even, [] instanceof Array, Object.create(null) instanceof Object);
const weird = { [Symbol.hasInstance]: () => 'truthy' };
console.log(1 instanceof weird);
try { 1 instanceof { [Symbol.hasInstance]: 5 }; } catch (e) { console.log(e.message); }
try { 1 instanceof {}; } catch (e) { console.log(e.message); }
function F() {}
console.log(new F() instanceof F, F[Symbol.hasInstance](new F()), Function.prototype[Symbol.hasInstance].name);
