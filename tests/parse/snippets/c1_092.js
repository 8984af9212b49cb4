let {a, b: [c], ...d} = e
