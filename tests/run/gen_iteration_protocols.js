// Generators: return values, return()/throw(), spreading, done states, infinite with take.
function* g() { const x = yield 1; console.log('got', x); try { yield 2; } finally { console.log('cleanup'); } return 3; }
const it = g();
console.log(it.next('ignored'), it.next('sent'), it.return(9), it.next());
const it2 = g();
it2.next();
it2.next();
try { it2.throw(new Error('boom')); } catch (e) { console.log('caught', e.message); }
console.log([...g()], Array.from(g()));
function* naturals() { let n = 0; while (true) yield n++; }
const first = [];
for (const n of naturals()) { if (n > 4) break; first.push(n); }
console.log(first);
function* delegating() { yield* [1, 2]; const r = yield* g(); yield r; }
console.log([...delegating()]);
const obj = { *[Symbol.iterator]() { yield 'a'; yield 'b'; } };
console.log([...obj], Object.fromEntries([['k', 'v']].values()));
