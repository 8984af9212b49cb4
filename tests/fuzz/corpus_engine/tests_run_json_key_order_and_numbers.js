// Key order in stringify follows property order (integer keys first).
console.log(JSON.stringify({ b: 1, 2: 'two', a: 2, 1: 'one' }));
console.log(JSON.stringify({ big: 1e21, small: 1e-7, float: 0.1 + 0.2 }));
console.log(JSON.stringify([new Number(3), new String('s'), new Boolean(false)]));
