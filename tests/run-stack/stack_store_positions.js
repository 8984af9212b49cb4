'use strict';
// V8 places a failed store at the assignment's operator, at a postfix
// update's operator and at a prefix update's last character of its target.
const o = Object.freeze({ x: 0 });
const k = 'x';
function show(f) {
  try {
    f();
  } catch (e) {
    console.log(e.stack.split('\n').slice(0, 3).join('\n'));
  }
}
show(() => { o.x = 1; });
show(() => { o.x=1; });
show(() => { o [k] /* c */ = 1; });
show(() => { o.x += 1; });
show(() => { o.x **= 2; });
show(() => { o.x ||= 1; });
show(() => { o.x++; });
show(() => { o [k] ++; });
show(() => { ++o.x; });
show(() => { --o[k]; });
show(() => { (o.x) = 1; });
show(() => { (o).x = 1; });
show(() => { [o.x] = [1]; });
show(() => { ({ a: o.x } = { a: 1 }); });
const s = { set v(x) { throw new Error('set ' + x); } };
show(() => { s.v = 1; });
show(() => { s['v'] = 2; });
