// The classic timeout wrapper: both timers fire, the second settle is ignored.
function withTimeout(ms) {
  return new Promise((resolve, reject) => {
    setTimeout(() => resolve('value'), 1);
    setTimeout(() => reject(new Error('timeout')), ms);
  });
}
withTimeout(5).then((v) => console.log(v));
