// `//@ allow` of another kind does not cover this one: the deadlock is
// still an error and the check fails.
//@ allow dead-promise starvation
(async () => {
  await Promise.race([]);
  console.log('never');
})();
