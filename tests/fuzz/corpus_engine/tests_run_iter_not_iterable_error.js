// Spreading or for-of over a non-iterable throws a TypeError.
for (const v of [{}, 5, null]) {
  try {
    for (const x of v) console.log(x);
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
try { const [a] = {}; } catch (e) { console.log(e.message); }
