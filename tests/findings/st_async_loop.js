// CHECK: --max-drain 20000
// An async loop whose every await is already settled never gives the
// event loop a turn.
(async () => {
  for (;;) {
    await null;
  }
})();
setTimeout(() => console.log('timer'), 0);
