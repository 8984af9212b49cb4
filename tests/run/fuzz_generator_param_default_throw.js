// A generator's parameter defaults run at the call; an exception there is
// thrown to the caller (genfuzz: an async generator swallowed it, and both
// kinds completed a generator object that did not exist yet).
function* g(x = console.log('default g')) { console.log('body g'); yield x; }
async function* ag(x = console.log('default ag')) { console.log('body ag'); }
async function af(x = console.log('default af')) { console.log('body af'); }
console.log('calling'); const it = g(); const ait = ag(); af(); console.log('called');
function* bad(x = null.x) { yield 1; }
try { bad(); console.log('no throw'); } catch (e) { console.log('sync throw', e.message); }
async function* bad2(x = null.x) { yield 1; }
try { bad2(); console.log('no throw'); } catch (e) { console.log('sync throw', e.message); }
async function bad3(x = null.x) {}
bad3().catch((e) => console.log('rejected', e.message));
console.log(it.next(), [...g(7)]);
ait.next().then((r) => console.log('ag', r));
