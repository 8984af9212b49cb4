// Boxed primitives, Object(symbol), null-prototype objects, nested empty structures.
console.log(new Number(5), new String('str'), new Boolean(false), Object(Symbol('s')));
const ns = new String('ab');
ns.extra = true;
console.log(ns, [new Number(-0)], { b: new Boolean(true) }, typeof new Number(1), new Number(1) + 1);
const nul = Object.create(null);
nul.x = 1;
console.log(nul, Object.create(null), [Object.create(null)], { deep: { inner: nul } });
console.log([[]], [{}], { a: [] , b: {} }, [[[]]], [[[[]]]], { a: { b: { c: {} } } }, { a: { b: { c: { d: {} } } } });
console.log([undefined, null], { u: undefined, n: null }, [NaN, -0, 0, Infinity, -Infinity]);
