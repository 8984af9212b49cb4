// A promise rejected with an Error shows the error's stack inside Promise { <rejected> ... }.
const bad = Promise.reject(new Error('nope'));
bad.catch(() => {});
console.log(bad);
console.log({ p: bad });
