// fill with an object shares one reference - a classic bug.
const rows = new Array(3).fill([]);
rows[0].push('oops');
console.log(rows);
const ok = Array.from({ length: 3 }, () => []);
ok[0].push('fine');
console.log(ok);
