// Closing a generator with return() runs finally blocks; throw() raises inside.
function* g() {
  try {
    yield 'a';
    yield 'b';
  } finally {
    console.log('cleanup');
  }
}
const it = g();
console.log(it.next());
console.log(it.return('early'));
console.log(it.next());
const it2 = g();
it2.next();
try { it2.throw(new Error('boom')); } catch (e) { console.log('thrown out:', e.message); }
