// Q: Sequential await in a for...of loop vs Promise.all over map: in which order do the
//    "start"/"end" lines appear?
const job = (name, ms) => new Promise((resolve) => {
  console.log('start', name);
  setTimeout(() => { console.log('end', name); resolve(name); }, ms);
});
async function sequential() {
  for (const [n, ms] of [['s1', 20], ['s2', 10]]) await job(n, ms);
}
async function parallel() {
  await Promise.all([['p1', 60], ['p2', 50]].map(([n, ms]) => job(n, ms)));
}
sequential().then(() => console.log('sequential done'))
  .then(parallel).then(() => console.log('parallel done'));
