o = { a, b: 1, [c]: 2, d() {}, get e() {}, set e(v) {}, async f() {}, *g() {}, ...h, __proto__: null, 1: "one", "q": 2 }
