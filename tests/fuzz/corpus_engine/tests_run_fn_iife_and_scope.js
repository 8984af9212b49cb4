// IIFEs create a scope; block scoping with let/const.
const result = (function () { const secret = 's'; return secret + '!'; })();
console.log(result, typeof secret);
let x = 'outer';
{ let x = 'inner'; console.log(x); }
console.log(x);
(() => { var v = 1; })();
console.log(typeof v);
