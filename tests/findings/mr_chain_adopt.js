// A promise resolved with a rejected promise adopts the rejection in a
// job of its own; the process exits first, and the chain on it has no
// rejection handler.
const outer = new Promise((resolve) => resolve(Promise.reject(new Error('adopted'))));
outer.then((v) => console.log(v));
process.exit(0);
