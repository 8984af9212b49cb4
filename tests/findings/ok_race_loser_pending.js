// The loser of a race never settles, but nobody waits for it: not a deadlock.
const slow = new Promise(() => {});
const fast = new Promise((resolve) => setTimeout(resolve, 1, 'fast'));
Promise.race([slow, fast]).then((v) => console.log('winner', v));
