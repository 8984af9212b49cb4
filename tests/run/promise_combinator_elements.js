// The element functions Promise.all, allSettled and any pass to then():
// anonymous, length 1, native code; a second call does nothing.  The
// resolving functions of a promise are anonymous too.
function show(tag) {
  const p = Promise.resolve(1);
  let seen;
  p.then = function (a, b) {
    seen = [a, b];
    console.log(tag, a.length, JSON.stringify(a.name), b.length, JSON.stringify(b.name),
      Object.getOwnPropertyNames(a), String(a), a === b);
    return Promise.prototype.then.call(this, a, b);
  };
  return [p, () => seen];
}
const [p1, g1] = show('all');
Promise.all([p1]).then((v) => console.log('all', v));
const r = g1(); console.log(r[0]('again'), r[0]('again2'));
const [p2, g2] = show('allSettled');
Promise.allSettled([p2, 7]).then((v) => console.log('allSettled', JSON.stringify(v)));
const r2 = g2(); console.log(r2[1]('rej'), r2[0]('again'));
const [p3, g3] = show('any');
Promise.any([p3]).then((v) => console.log('any', v), (e) => console.log('anyrej', e.errors));
const r3 = g3(); console.log(r3[1]('rej'), r3[1]('again'));
new Promise((res, rej) => console.log(JSON.stringify(res.name), JSON.stringify(rej.name), String(res)));
Promise.all([]).then((v) => console.log('empty all', v));
Promise.any([]).catch((e) => console.log('empty any', e.errors, e.stack));
