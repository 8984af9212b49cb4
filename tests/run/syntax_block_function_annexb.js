// Sloppy-mode function declarations in blocks are also function-level vars (Annex B.3.3).
console.log(typeof f1);
{ function f1() { return 'f1'; } }
console.log(typeof f1, f1());
if (false) { function f2() {} }
console.log(typeof f2);
function outer() {
  console.log(typeof inner);
  for (let i = 0; i < 2; i++) { function inner() { return i; } }
  return inner();
}
console.log(outer());
let clash = 1;
{ function clash() { return 'block'; } console.log(typeof clash); }
console.log(clash);
(function () {
  'use strict';
  { function strictFn() {} }
  console.log(typeof strictFn);
})();
switch (1) { case 1: function inSwitch() { return 'sw'; } }
console.log(inSwitch());
try { throw 1; } catch (e) { function inCatch() { return e; } }
console.log(inCatch());
{ function twice() { return 1; } }
{ function twice() { return 2; } }
console.log(twice());
const g = () => { { function arrowBlock() { return 'ab'; } } return arrowBlock(); };
console.log(g());
{ let shadow = 'inner'; function seesShadow() { return shadow; } }
console.log(seesShadow());
{ function early() { return 'early'; } early = 5; }
console.log(early);
