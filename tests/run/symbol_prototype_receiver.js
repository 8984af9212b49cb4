// Symbol.prototype itself is no symbol: its [Symbol.toPrimitive], valueOf and
// description throw V8's TypeErrors (converting it to a primitive, too).
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.message); } };
const sp = Object.getPrototypeOf(Symbol.for('k'));
t(() => [,] < sp);
t(() => `${sp}`);
t(() => sp + '');
t(() => String(sp));
t(() => sp.toString());
t(() => sp.valueOf());
t(() => sp.description);
t(() => Symbol.prototype[Symbol.toPrimitive].call(sp, 'default'));
t(() => Symbol.prototype[Symbol.toPrimitive].call(1, 'default'));
t(() => +Object(Symbol()));
t(() => Object(Symbol('w')) + '');
t(() => `${Object(Symbol('w'))}`);
t(() => Object(Symbol('w')) == Object(Symbol('w')).valueOf());
