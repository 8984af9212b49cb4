// new.target inside functions and class initialisers of a module, and
// static blocks (arrows in them may use `await` as a name only in scripts).
export function F() {
  return () => new.target;
}
export class A {
  x = new.target;
  static y = () => new.target;
  static {
    var v = new.target;
    this.z = v;
    super.toString();
  }
  static {}
}
