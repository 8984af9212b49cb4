// V8 places a for-await loop's await at the last token of its binding.
async function* gen() { await null; throw new Error('gen'); }
async function a() { for await (const x of gen()) console.log(x); }
async function b() { for await (const [p, q] of gen()) console.log(p, q); }
async function c() { let y; for await (y of gen()) console.log(y); }
async function d() {
  for await (
    const { z }
    of
    gen()) console.log(z);
}
for (const f of [a, b, c, d]) f().catch((e) => console.log(e.stack.split('\n')[2]));
