// util.inspect.custom: arguments, nesting, results that are objects or `this`, options passed on
const util = require('util');
class Money {
  constructor(n, cur) { this.n = n; this.cur = cur; }
  [util.inspect.custom](depth, options, inspect) {
    if (depth < 0) return options.stylize('[Money]', 'special');
    return `Money<${inspect(this.n, options)} ${this.cur}>`;
  }
}
class Box {
  constructor(v) { this.v = v; }
  [util.inspect.custom](depth, options, inspect) {
    console.log('Box custom depth', depth, options.depth);
    const inner = inspect(this.v, { ...options, depth: options.depth === null ? null : options.depth - 1 });
    return `Box(${inner})`;
  }
}
console.log(new Money(5, 'EUR'));
console.log([new Money(1, 'USD'), new Money(2, 'GBP')], 'tail', new Money(3, 'JPY'));
console.log({ a: { b: { c: { d: new Money(4, 'CHF') } } } });
console.log(util.inspect({ a: { b: new Money(6, 'SEK') } }, { depth: 0 }));
console.log(new Box(new Box({ deep: { deeper: { deepest: 1 } } })));
console.log(util.inspect(new Box([1, 2]), { depth: Infinity }));
console.log(util.format('%s|%O|%o|%d', new Money(7, 'NOK'), new Money(8, 'DKK'), new Money(9, 'ISK'), 42));
console.log(new Map([[new Money(1, 'A'), new Set([new Money(2, 'B')])]]));
const self = { x: 1, [util.inspect.custom]() { return this; } };
console.log(self);
const num = { [util.inspect.custom]: () => 42 };
const obj = { [util.inspect.custom]: () => ({ replaced: true, inner: num }) };
console.log(obj, [num]);
const lines = { [util.inspect.custom]: () => 'first\nsecond' };
console.log({ k: lines, list: [lines, lines] });
console.log(util.inspect(lines, { customInspect: false }));
class Proto { [util.inspect.custom]() { return 'instance'; } }
console.log(new Proto(), Proto.prototype);
const circ = { name: 'circ' };
circ.self = circ;
circ.tagged = { [util.inspect.custom]: () => 'T' };
console.log(circ);
console.log(util.format(new Money(10, "PLN"), "x"));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'), typeof util.inspect.custom);
const seen = [];
const spy = { [util.inspect.custom](d, o, i) { seen.push([d, Object.keys(o).length, i === util.inspect]); return 'spy'; } };
util.inspect([spy, { s: spy }], { depth: 5, extra: 'x' });
console.log(seen);
const opts = { [util.inspect.custom](d, o) { return o; } };
console.log(util.inspect(opts, { breakLength: 100, mine: 1 }));
