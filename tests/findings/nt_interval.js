// A setInterval that is never cleared keeps the process alive forever.
let n = 0;
setInterval(() => {
  n = (n + 1) % 3;
  console.log('tick', n);
}, 10);
