// Differences in a 'use strict' function: undeclared assignment and this.
function sloppy() { undeclaredSloppy = 1; return typeof undeclaredSloppy; }
function strict() {
  'use strict';
  try { undeclaredStrict = 1; } catch (e) { return e.constructor.name + ': ' + e.message; }
}
console.log(sloppy(), strict());
