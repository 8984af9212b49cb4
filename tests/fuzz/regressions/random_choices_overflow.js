// EXPECT: run 0 check 3
// Found by fuzzing: past 4096 choices in one transition the explorer
// stopped enumerating silently and reported a complete exploration.
let sum = 0;
for (let i = 0; i < 5000; i++) sum += Math.random();
console.log(sum > 0);
