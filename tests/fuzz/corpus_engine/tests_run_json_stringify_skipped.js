// undefined, functions and symbols are dropped from objects and become null in arrays.
console.log(JSON.stringify({ a: undefined, b: () => 1, c: Symbol('s'), d: 1 }));
console.log(JSON.stringify([undefined, () => 1, Symbol('s')]));
console.log(JSON.stringify(undefined), JSON.stringify(() => 1));
console.log(JSON.stringify({ m: new Map([[1, 2]]), s: new Set([1]) }));
