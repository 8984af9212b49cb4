// Objects break over lines once they pass the 72/80 column budget.
console.log({ a: 'x'.repeat(50), b: 1 });
console.log({ a: 'x'.repeat(60), b: 1 });
console.log({ alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5, zeta: 6, eta: 7, theta: 8 });
console.log({ alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5, zeta: 6, eta: 7, theta: 8, iota: 9, kappa: 10 });
console.log([{ name: 'Alice', age: 30, city: 'Paris' }, { name: 'Bob', age: 25, city: 'Berlin' }]);
console.log({ nested: { deeper: { deepest: { tooDeep: 1 } } }, arr: [[[[1]]]] });
console.log({ fn() {}, arrow: () => 1, async am() {}, *gen() {}, cls: class Named {} });
console.log([function () {}, function named() {}, Math.max, Symbol.iterator, Symbol('desc'), Symbol()]);
