// EXPECT: run 0 check 3
// CHECK-ARGS: --max-seconds 1
// Found by fuzzing: every Math.random() call is a choice point, so one
// step calling it 100 times has 5^100 choice vectors; the explorer checked
// --max-states and --max-seconds only between states and never stopped.
let sum = 0;
for (let i = 0; i < 100; i++) sum += Math.random();
console.log(sum > 0);
