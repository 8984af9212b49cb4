// Wait cycle: A waits for a promise only B settles, B waits for one only A settles.
let resolveA, resolveB;
const pA = new Promise((r) => { resolveA = r; });
const pB = new Promise((r) => { resolveB = r; });
async function a() {
  await pA;
  resolveB();
}
async function b() {
  await pB;
  resolveA();
}
a();
b();
console.log('both started');
