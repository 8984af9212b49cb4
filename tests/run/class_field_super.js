// super in field initialisers (static and instance) and in arrows inside
// methods, fields and static blocks: the home object is the class (static)
// or the prototype, and a super call from an arrow passes the arrow's this.
class Base {
  static who() { return 'static ' + this.name; }
  who() { return 'instance ' + this.tag; }
}
class Derived extends Base {
  tag = 'd';
  static sf = super.who();
  static sa = (() => super.who())();
  f = super.who();
  a = () => super.who();
  m() {
    return [(() => super.who())(), (() => () => super.who())()()];
  }
  static {
    this.block = [super.who(), (() => super.who())()];
  }
}
const d = new Derived();
console.log(Derived.sf, '|', Derived.sa, '|', Derived.block.join(', '));
console.log(d.f, '|', d.a(), '|', d.m().join(', '));
