// Stack overflow is a catchable RangeError; the program continues afterwards.
function recurse(n) { return recurse(n + 1) + 1; }
try { recurse(0); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
let depth = 0;
function measure() { depth++; measure(); }
try { measure(); } catch (e) { console.log(depth > 1000); }
console.log('still running');
