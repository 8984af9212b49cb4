x = { __proto__: null, a: 1 }
