// V8 shows the code of a static block in the one <static_initializer>
// frame (the frame below it is left out: its position is V8's own).
function top(e, n = 2) {
  return e.stack.split('\n').slice(0, n).map((l) => l.replace(__dirname, '.')).join('\n');
}
try {
  class A {
    static x = 1;
    static {
      null.f();
    }
  }
} catch (e) {
  console.log(top(e));
}
try {
  class B {
    static {
      const inner = () => {
        throw new Error('from an arrow');
      };
      inner();
    }
  }
} catch (e) {
  console.log(top(e, 3));
}
let captured;
class C {
  static {
    captured = new Error('made here').stack.split('\n')[1].replace(__dirname, '.');
  }
}
console.log(captured);
