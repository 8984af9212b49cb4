// process.hrtime.bigint(): a BigInt of nanoseconds that never goes backwards.
const t0 = process.hrtime.bigint();
let s = 0; for (let i = 0; i < 1000; i++) s += i;
const t1 = process.hrtime.bigint();
console.log(typeof t0, t1 >= t0, typeof (t1 - t0), process.hrtime.bigint.name, process.hrtime.bigint.length);
