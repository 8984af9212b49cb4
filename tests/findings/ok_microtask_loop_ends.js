// A long but finite microtask loop: the timer waits, then runs.
let n = 0;
setTimeout(() => console.log('timer after', n), 0);
function loop() { if (++n < 5000) Promise.resolve().then(loop); }
loop();
