const a
const b
1 = 2
