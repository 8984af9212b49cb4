// Nested async functions awaiting each other, with logs around every await.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function c() { console.log('c start'); await sleep(5); console.log('c end'); return 'C'; }
async function b() { console.log('b start'); const v = await c(); console.log('b got', v); return v + 'B'; }
async function a() { console.log('a start'); const v = await b(); console.log('a got', v); }
a().then(() => console.log('all done'));
console.log('main done');
