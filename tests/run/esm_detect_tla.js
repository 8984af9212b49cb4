// top-level await makes a .js file an ES module (node's module syntax detection)
console.log(typeof require, typeof module, this);
const v = await new Promise((resolve) => setTimeout(resolve, 5, 'resolved'));
console.log(v);
for await (const x of [Promise.resolve(1), 2]) console.log(x);
