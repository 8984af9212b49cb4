// An uncaught private-member TypeError: node's report and exit code.
class Box {
  #v = 1;
  static peek(o) { return o.#v; }
}
console.log(Box.peek(new Box()));
Box.peek({});
