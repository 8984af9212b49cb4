// Iterating over a string: for...of, index loop, Array.from, entries of split.
for (const ch of 'hi!') console.log(ch);
const s = 'abc';
for (let i = 0; i < s.length; i++) console.log(i, s[i]);
console.log(Array.from('xyz', (c) => c.toUpperCase()));
