// The race's loser rejects after the race has handled it: no crash.
const winner = new Promise((resolve) => setTimeout(resolve, 1, 'winner'));
const loser = new Promise((_, reject) => setTimeout(reject, 5, new Error('loser')));
Promise.race([winner, loser]).then((v) => console.log(v));
setTimeout(() => console.log('after loser rejected'), 10);
