// Comma, void, nested ternaries, short-circuit side effects.
let x = (1, 2, 3);
console.log(x, void 0, void 'anything');
const grade = (s) => (s >= 90 ? 'A' : s >= 80 ? 'B' : s >= 70 ? 'C' : 'F');
console.log([95, 85, 75, 10].map(grade));
let hits = 0;
false && hits++;
true || hits++;
null ?? hits++;
console.log(hits);
let a = null;
a ??= 'set'; a ||= 'not'; a &&= a + '!';
console.log(a);
