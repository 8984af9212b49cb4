// Array.prototype.concat boxes a primitive receiver (ToObject) and throws for
// null or undefined, as V8 does.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.message); } };
t(() => Array.prototype.concat.call(1, 2));
t(() => Array.prototype.concat.call('ab', ['c']));
t(() => Array.prototype.concat.call(true));
t(() => Array.prototype.concat.call(Symbol('s')).length);
t(() => Array.prototype.concat.call(null, 1));
t(() => Array.prototype.concat.call(undefined));
t(() => Array.prototype.concat.call({ a: 1 }, [2]));
t(() => [1, , 3].concat([4, , 6]));
