// A combinator's promise that nothing awaits: the chain ends at the
// combinator's frame (no reaction, or more than one reaction).
async function leaf(x) { await null; console.log(new Error('leaf ' + x).stack); }
Promise.all([leaf(1)]);
const p = Promise.allSettled([leaf(2)]);
p.then(() => {});
p.then(() => {});
Promise.any([leaf(3)]).then(() => { console.log(new Error('then').stack); });
