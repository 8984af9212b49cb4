const o = { __proto__: null, __proto__: {} }
