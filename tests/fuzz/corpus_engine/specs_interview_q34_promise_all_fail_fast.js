// Q: Promise.all rejects as soon as one input rejects - do the other operations stop?
const op = (name, ms, fail) => new Promise((resolve, reject) => setTimeout(() => {
  console.log(name, 'settles');
  if (fail) reject(new Error(name + ' failed')); else resolve(name);
}, ms));
Promise.all([op('a', 10), op('b', 20, true), op('c', 40)])
  .then((v) => console.log('all:', v))
  .catch((e) => console.log('all rejected:', e.message));
