// Q: Before async/await there were generators: write a `co`-style runner that resumes
//    the generator with each promise's value.
function run(gen) {
  const it = gen();
  return new Promise((resolve, reject) => {
    function step(method, arg) {
      let r;
      try { r = it[method](arg); } catch (e) { reject(e); return; }
      if (r.done) { resolve(r.value); return; }
      Promise.resolve(r.value).then((v) => step('next', v), (e) => step('throw', e));
    }
    step('next');
  });
}
run(function* () {
  const a = yield Promise.resolve(1);
  console.log('a =', a);
  try { yield Promise.reject(new Error('bad')); } catch (e) { console.log('caught', e.message); }
  const b = yield new Promise((r) => setTimeout(() => r(2), 5));
  return a + b;
}).then((sum) => console.log('sum =', sum));
