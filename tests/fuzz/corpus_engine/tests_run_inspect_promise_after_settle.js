// A promise's printed state changes once it settles.
let resolveIt;
const p = new Promise((res) => { resolveIt = res; });
console.log('before:', p);
resolveIt('done');
console.log('after resolve:', p);
const q = p.then((v) => v + '!');
console.log('derived now:', q);
q.then(() => console.log('derived later:', q));
