// Date.prototype's setters (local and UTC alike: the zone is UTC), getYear/setYear,
// V8's order of conversions on an invalid date, and its property order.
const d = new Date(Date.UTC(2020, 0, 31, 10, 20, 30, 400));
const log = (...a) => console.log(...a);
log(d.setMonth(1), d.toISOString());
log(d.setDate(0), d.toISOString());
log(d.setDate(45), d.toISOString());
log(d.setHours(25, 61, 61, 1001), d.toISOString());
log(d.setMinutes(-1), d.toISOString());
log(d.setSeconds(3.7, 5.9), d.toISOString());
log(d.setMilliseconds(), d.getTime());
log(d.setFullYear(2021, 5, 6), d.toISOString());
const n = new Date(NaN);
log(n.setMonth(1), n.setFullYear(2000), n.toISOString());
const n2 = new Date(NaN);
log(n2.setUTCFullYear(1999, 11), n2.toISOString(), n2.setUTCHours(5), n2.toISOString());
log(d.setYear(95), d.toISOString(), d.getYear(), d.setYear(2005), d.getYear(), d.setYear('x'), d.getTime());
const e = new Date(0);
log(e.setHours(1, 2), e.toISOString(), e.setTime(1e20), e.getTime());
const calls = [];
const v = (x) => ({ valueOf() { calls.push(x); return x; } });
log(new Date(NaN).setHours(v(1), v(2), v(3), v(4)), calls);
log(Date.prototype.setMonth.length, Date.prototype.setUTCHours.length, Date.prototype.setUTCHours.name, Date.prototype.getYear.length);
try { Date.prototype.setDate.call({}, 1); } catch (er) { log(er.name, er.message); }
try { new Date(0).setDate(Symbol()); } catch (er) { log(er.name, er.message); }
log(new Date(8.64e15).setMilliseconds(1), new Date(0).setFullYear(275760, 8, 14), new Date(0).setFullYear(275760, 8, 13));
console.log(Object.getOwnPropertyNames(Date.prototype).join());
