// Date: inspect shows the ISO form, String() the long form, hint default is string.
const d = new Date(0);
console.log(d, [d], { d }, String(d), `${d}`, d + '', d + 1, d - 1, +d);
console.log([new Date(0), 'x'].join(), Object.keys({ [new Date(0)]: 1 }), JSON.stringify({ d }));
console.log(new Date(NaN), String(new Date(NaN)), new Date('nope').getTime(), JSON.stringify([new Date(NaN)]));
const t = new Date(2020, 1, 29, 13, 5, 7, 9);
console.log(t, t.getTime(), t.getDay(), t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getUTCMinutes());
console.log(t.toString(), t.toDateString(), t.toUTCString(), t.toISOString(), t.toLocaleString());
console.log(new Date('2020-02-29T13:05:07.009Z').getTime(), Date.parse('2020-02-29'), Date.UTC(2020, 0), Date.length);
console.log(new Date(-1), new Date(8.64e15), new Date(8.64e15 + 1), new Date(-62198755200001), new Date(new Date(7)).getTime());
console.log(Object.prototype.toString.call(d), Object.getOwnPropertyNames(d), typeof Date(), d == d.toString());
class D extends Date {}
const e = new Date(5);
e.tag = 1;
console.log(new D(0), [new D(3)], e, Object.freeze(new Date(0)));
try { Date.prototype.getTime.call({}); } catch (err) { console.log(err.message); }
try { new Date(NaN).toISOString(); } catch (err) { console.log(err.message); }
try { new Date(Symbol()); } catch (err) { console.log(err.message); }
console.log(Date, Object.keys(Date), { D: Date }, Date.UTC.length, Date.now.name); // util.inspect lists no statics (genfuzz seed 50468)
