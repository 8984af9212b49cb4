// A computed property name that is itself a computed member (`[q[k]]`):
// the parser once took the member's `[]` for the key's and compiled
// `q[k]` as `q.<nothing>`, dropping k (and whatever it threw).
const q = { k: 'name', j: 'other' }, key = 'k';
const o = { [q[key]]: 1, [q['j']]() { return 2; }, get [q.k + q[key]]() { return 3; } };
console.log(o, o.other());
class A { [q[key]] = 4; static [q['j']] = 5; [q[key] + 'm']() { return 6; } }
console.log(new A(), A.other, new A().namem());
const { [q[key]]: v, [q?.['j']]: w = 8 } = o;
console.log(v, w);
let z;
({ [q[key]]: z } = { name: 9 });
console.log(z);
try { ({ [q[(() => { throw new Error('thrown'); })()]]: 1 }); } catch (e) { console.log(e.message); }
try { class B { [q[(() => { throw new Error('thrown2'); })()]]() {} } } catch (e) { console.log(e.message); }
try { const { [q[(() => { throw new Error('thrown3'); })()]]: u } = {}; } catch (e) { console.log(e.message); }
try { console.log({ [{}[~Symbol()]]: '' }); } catch (e) { console.log(e.message); }
