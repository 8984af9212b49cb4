// Iterating objects via Object.entries and a Map converted from it.
const scores = { ann: 90, bob: 72, cy: 85 };
for (const [name, score] of Object.entries(scores)) console.log(`${name}: ${score}`);
const best = Object.entries(scores).reduce((a, b) => (b[1] > a[1] ? b : a));
console.log(best, new Map(Object.entries(scores)).get('cy'));
