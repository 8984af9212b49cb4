// defineProperty on a class prototype vs a getter in a literal, and setters called by assignment.
const log = [];
const model = {
  _v: 0,
  get v() { log.push('get'); return this._v; },
  set v(x) { log.push('set ' + x); this._v = x; },
};
model.v = 5;
model.v += 1;
console.log(model.v, log);
