// Where V8 places a call in a stack trace: the property name of `o.m()`, the name in
// `f()`, else the `(` of the arguments (`o[k]()`, `f()()`, `(f)()`, `f?.()`), and the
// same for the TypeError of calling a non-function.
const pos = () => new Error().stack.split('\n')[2].trim();
const g = () => pos;
const arr = [pos];
const o = { pos, a: 1 };
console.log(g()());
console.log((pos)());
console.log((0, pos)());
console.log(arr[0]());
console.log(o.pos());
console.log(o['pos']());
console.log(o /* comment */ ['pos'] /* c */ ());
console.log(pos.bind(null)());
console.log(pos.call(null));
console.log((() => pos())());
console.log(o?.pos());
console.log(pos?.());
console.log(arr[0](...[]));
const t = (f) => {
  try {
    f();
  } catch (e) {
    console.log(e.message, '@', e.stack.split('\n')[1].trim());
  }
};
t(() => o.x());
t(() => [1][0]());
t(() => o['y']());
t(() => (o.a)());
t(() => o.a?.b());
t(() => o.x(...arr));
t(() => (0, o.a)());
