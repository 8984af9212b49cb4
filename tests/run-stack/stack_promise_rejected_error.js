// A promise rejected with an Error prints as Promise { <rejected> Error: ... stack }.
const p = Promise.reject(new Error('rejected with an error'));
p.catch(() => {});
console.log(p);
