// Q: Three tasks with random delays: list every order in which they can finish.
// RUNS: 300
for (const name of ['a', 'b', 'c']) {
  setTimeout(() => console.log(name), Math.random() * 10);
}
