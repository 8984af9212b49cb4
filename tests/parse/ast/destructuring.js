const { a, b: [c, , d = 1], ...e } = o
;[x.y, [z] = [], ...w] = arr
for (const [k, v] of m) {}
for ({ p } of q) {}
function f({ a = 1 }, [b], ...c) {}
