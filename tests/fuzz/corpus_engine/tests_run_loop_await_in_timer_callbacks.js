// Async timer callbacks: each callback's awaits finish before the next timer runs.
for (const name of ['A', 'B']) {
  setTimeout(async () => {
    console.log(name, 'start');
    await null;
    console.log(name, 'after await 1');
    await Promise.resolve();
    console.log(name, 'after await 2');
  }, 5);
}
