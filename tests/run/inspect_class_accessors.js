// Class instances: accessors on the prototype are hidden, own accessors shown as [Getter]/[Setter].
class Temp {
  constructor() { this.unit = 'C'; }
  get f() { return 32; }
  set f(v) {}
  static create() { return new Temp(); }
}
const t = new Temp();
console.log(t, Temp, Temp.create, [t]);
const o = { get only() { return 1; }, set only2(v) {}, get both() { return 1; }, set both(v) {}, plain: 1 };
console.log(o);
Object.defineProperty(t, 'hidden', { value: 1, enumerable: false });
Object.defineProperty(t, 'acc', { get() { return 2; }, enumerable: true });
console.log(t, Object.keys(t));
class Empty {}
class Child extends Temp {}
console.log(new Empty(), new Child(), Child, Object.create(Temp.prototype), class {}, class extends Empty {});
