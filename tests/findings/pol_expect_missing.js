// `//@ expect deadlock` in a program that cannot deadlock: the missing
// finding fails the check.
//@ expect deadlock
(async () => {
  await new Promise((resolve) => setTimeout(resolve, 1));
  console.log('resumed');
})();
