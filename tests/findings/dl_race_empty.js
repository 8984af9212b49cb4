// Promise.race([]) never settles, so the await never resumes.
async function first(list) {
  const winner = await Promise.race(list);
  console.log('winner', winner);
}
first([]);
console.log('started');
