const o = { a: { b: () => ({ c: [1] }) } }
console.log(o?.a?.b().c?.[0], o.x?.y.z, o.a?.["b"]?.(), (o?.a).b)
const d = true ? .5 : 1
console.log(d)
