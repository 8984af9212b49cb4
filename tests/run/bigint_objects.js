// Objects whose valueOf / toString / Symbol.toPrimitive give BigInts, and
// BigInt wrappers, as operands of operators and arguments of built-ins.
const v = { valueOf() { return 20n; } };
const p = { [Symbol.toPrimitive](hint) { return hint === 'string' ? 'seven' : 7n; } };
console.log(v + 1n, v * v, -v, v > 19n, v == 20n, v < 21, `${p}`, p - 1n, p + '');
console.log(Object(5n) + 1n, -Object(5n), Object(5n) == 5n, Object(5n) === 5n, Object(5n) < 6);
console.log(BigInt(v), BigInt(Object(9n)), Number(v), Number(Object(9n)), String(Object(9n)));
console.log(BigInt.asIntN(8, Object(255n)), BigInt.asUintN(8, { valueOf() { return -1n; } }),
  BigInt.asIntN({ valueOf() { return 4; } }, { toString() { return '9'; } }));
try { BigInt.asIntN(8, { valueOf() { return 1; } }); } catch (e) { console.log(e.message); }
try { BigInt.asIntN(-1, { valueOf() { throw new Error('not reached'); } }); } catch (e) { console.log(e.message); }
try { v + 1; } catch (e) { console.log(e.message); }
let w = Object(1n);
w++;
console.log(w, typeof w);
const box = Object(10n);
box.label = 'ten';
console.log(box, Object.keys(box), box.valueOf() + 1n);
