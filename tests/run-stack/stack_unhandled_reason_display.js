// The reason in UnhandledPromiseRejection's message is V8's side-effect-free
// string of it (not util.inspect): "#<Object>", "[object Array]", a
// function's source; an Error whose stack was deleted is not error-like.
class K {}
const e = new Error('no stack');
delete e.stack;
const reasons = [true, 's', -0, null, undefined, Symbol('q'), { a: 1 }, [1, [2]], function foo() { return 1; },
  { toString() { return 'custom'; } }, new K(), Object.create(null), new Date(0), e];
process.on('uncaughtException', (err, origin) => {
  console.log(origin, err.name, err.code, JSON.stringify(err.message.slice(err.message.indexOf('reason'))));
  console.log(err.stack.split('\n').slice(1).join('|'));
});
for (const r of reasons) Promise.reject(r);
process.on('exit', (code) => console.log('exit', code));
