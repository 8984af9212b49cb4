const r = /a\/b/g; r.x = 1; console.log(r, [/x/, /y/i], {r: /z/m});
class R extends RegExp {}; console.log(new R("q", "g"), new R("q") instanceof RegExp);
console.log(new RegExp("a/b"), new RegExp(""), new RegExp("\n"));
console.log(/b/dg.exec("abc"));
const o = Object.create(null); console.log(/(?<x>a)/.exec("a"));
