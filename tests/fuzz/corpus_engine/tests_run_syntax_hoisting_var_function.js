// var and function declarations are hoisted; let/const are in the TDZ.
console.log(typeof hoisted, v);
var v = 'assigned';
function hoisted() { return 'ok'; }
console.log(hoisted(), v);
try { console.log(l); } catch (e) { console.log(e.name + ': ' + e.message); }
let l = 1;
if (true) { function inBlock() { return 'block fn'; } }
console.log(inBlock());
