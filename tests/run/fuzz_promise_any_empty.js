// Promise.any's AggregateError is made with no JavaScript frame: no "at" lines.
const p = Promise.any([]);
console.log(p);
p.catch(() => {});
Promise.any([]).catch((e) => console.log(e, e.stack));
Promise.any([Promise.reject(1)]).catch((e) => console.log(e, e.errors));
