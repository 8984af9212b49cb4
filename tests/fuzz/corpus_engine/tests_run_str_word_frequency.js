// Counting words with an object and with a Map.
const text = 'the loop runs the tasks and the loop waits';
const counts = {};
for (const w of text.split(' ')) counts[w] = (counts[w] || 0) + 1;
console.log(counts);
const m = new Map();
for (const w of text.split(' ')) m.set(w, (m.get(w) || 0) + 1);
console.log([...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3));
