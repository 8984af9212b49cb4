// Private names as loop targets, in generators, across class evaluations in
// a loop, under util.inspect with showHidden, and in tagged templates.
const util = require('util');
class L {
  #x = 0;
  #seen = [];
  loops() {
    for (this.#x of [1, 2, 3]) this.#seen.push(this.#x);
    for (this.#x in { a: 1, b: 2 }) this.#seen.push(this.#x);
    return this.#seen.join(',');
  }
  *gen() { while (this.#x.length < 4) { yield this.#x; this.#x += '!'; } }
  tag() { return this.#t`a${this.#x}b`; }
  #t(strs, v) { return strs.raw.join('|') + ':' + v; }
}
const l = new L();
console.log(l.loops(), [...l.gen()], l.tag());
const classes = [];
for (let i = 0; i < 3; i++) classes.push(class { #id = i; static id(o) { return #id in o ? o.#id : 'foreign'; } });
const objs = classes.map((C) => new C());
console.log(classes.map((C) => objs.map((o) => C.id(o)).join(' ')));
console.log(util.inspect(l, { showHidden: true }), util.inspect(L, { showHidden: false }));
console.log(util.format('%o %j', l, l));
const m = new Map([[l, 1]]);
console.log(m, new Set([l]), [l, l]);
