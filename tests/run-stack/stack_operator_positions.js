// V8 places a failing binary operator at the operator and a failing
// computed member read (or method lookup) at its `[`.
function show(f) {
  try {
    f();
  } catch (e) {
    console.log(e.stack.split('\n').slice(0, 3).join('\n'));
  }
}
const o = { valueOf() { throw new Error('valueOf'); } };
let u;
const s = Symbol('s');
show(() => null instanceof 5);
show(() => 'a' in 5);
show(() => 1 + s);
show(() => s * 2);
show(() => (1) + (s));
show(() => 1 ** s);
show(() => o < 1);
show(() => 1 == o);
show(() => 1 /* c */ - o);
show(() => null[Symbol('k')]);
show(() => null['x']);
show(() => u [ 'x' ]);
show(() => ({}).a[0]);
show(() => ({}).a [0]());
show(() => ({})[s]());
show(() => u?.a['x']);
