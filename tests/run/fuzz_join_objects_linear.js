// Array.prototype.join over elements that need JavaScript (a Date's
// toString) built its result with `r += part`, copying it every time: 10,000
// dates took over a minute (genfuzz seed 90182).  Parts are joined at the end.
const s = Array(10000).fill(new Date(0)).join();
console.log(s.length, s.slice(0, 40));
const o = { toString() { return 'o'.repeat(50); } };
console.log(Array(20000).fill(o).join('-').length);
const cyc = [1, [2]];
cyc[1].push(cyc, { toString() { return 'x'; } });
console.log(cyc.join(';'), String(cyc));
