// Accessor properties print as [Getter], [Setter] or [Getter/Setter].
const o = {
  get g() { return 1; },
  set s(v) {},
  get gs() { return 2; },
  set gs(v) {},
  plain: 3,
};
console.log(o);
class K { get area() { return 10; } }
console.log(new K());
