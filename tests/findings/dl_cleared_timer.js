// The timer that would resolve the promise is cleared: the await never resumes.
function sleep(ms) {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    clearTimeout(t);
  });
}
(async () => {
  await sleep(10);
  console.log('woke up');
})();
