// An infinite generator consumed lazily.
function* naturals() { let n = 0; while (true) yield n++; }
function* take(it, k) { for (const x of it) { if (k-- <= 0) return; yield x; } }
function* map(it, f) { for (const x of it) yield f(x); }
console.log([...take(map(naturals(), (n) => n * n), 6)]);
