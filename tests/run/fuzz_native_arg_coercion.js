// Natives convert object arguments with valueOf/toString/@@toPrimitive and
// throw on symbols (genfuzz: join with an array separator, Math.sign(Symbol())).
const o = { valueOf() { console.log('valueOf'); return -3.5; }, toString() { return '12.5px'; } };
const s = { toString() { console.log('toString'); return '-'; } };
console.log(['a', 'b'].join([0, 1]), ['a', 'b'].join(s));
console.log(Math.abs(o), Math.floor(o), Math.max(o, 1), Math.min(1, o), isNaN(o), Math.pow(o, 2));
console.log(parseFloat({ toString() { return '12.5px'; } }), parseInt([3, 4]), parseInt('ff', { valueOf() { return 16; } }));
console.log('abcdef'.slice(o), 'abcdef'.at({ valueOf() { return 1; } }), 'ab'.padStart({ valueOf() { return 5; } }, s));
console.log('abc'.charCodeAt([1]), 'ab'.repeat({ valueOf() { return 2; } }), String.fromCharCode({ valueOf() { return 65; } }, [66]));
console.log([1, 2, 3].slice({ valueOf() { return 1; } }), [1, 2, 3].at([-1]), Array(3).fill(0, { valueOf() { return 2; } }));
console.log('abc'.replace({ toString() { return 'b'; } }, 'X'), 'a-b'.split(s), 'abc'.replace('b', (m) => m + m));
console.log('abc'.indexOf({ toString() { return 'c'; } }), 'abc'.includes(['b']), Symbol.for({ toString() { return 'k'; } }).toString());
for (const f of [() => Math.sign(Symbol()), () => parseFloat(Symbol('p')), () => isNaN(Symbol()), () => [1, 2].join(Symbol()),
  () => 'ab'.padStart(Symbol()), () => 'abc'.at(Symbol()), () => String.fromCharCode(65, Symbol()), () => Math.max(1, Symbol()),
  () => Math.abs({ valueOf() { throw new Error('from valueOf'); } })]) {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name, e.message); }
}
