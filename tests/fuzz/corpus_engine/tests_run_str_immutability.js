// Strings are immutable: assignments to indexes are ignored in sloppy mode.
const s = 'abc';
const t = s.toUpperCase();
console.log(s, t);
let u = 'abc';
u[0] = 'z';
console.log(u, u.length);
