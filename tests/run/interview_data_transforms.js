// Typical data transformation snippets and their printed results.
const users = [
  { id: 1, name: 'Ann', tags: ['a', 'b'], age: 31 },
  { id: 2, name: 'Bob', tags: [], age: 17 },
  { id: 3, name: 'Cid', tags: ['b'], age: 45 },
];
const byId = Object.fromEntries(users.map((u) => [u.id, u]));
console.log(byId);
const grouped = users.reduce((acc, u) => { (acc[u.age >= 18 ? 'adult' : 'minor'] ||= []).push(u.name); return acc; }, {});
console.log(grouped, users.flatMap((u) => u.tags), [...new Set(users.flatMap((u) => u.tags))]);
console.log(users.map(({ name, ...rest }) => rest), users.filter((u) => u.tags.includes('b')).map((u) => u.name));
const counts = {};
for (const ch of 'mississippi') counts[ch] = (counts[ch] ?? 0) + 1;
console.log(counts, Object.entries(counts).sort((a, b) => b[1] - a[1]), Math.max(...Object.values(counts)));
console.log(users.sort((a, b) => a.name.localeCompare(b.name)).map((u) => u.id));
