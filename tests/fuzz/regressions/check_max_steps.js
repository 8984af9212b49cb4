// EXPECT: run 3 check 0
// ARGS: --max-steps 100000
// STDERR: exceeded --max-steps
// Found by fuzzing: `check` ignored --max-steps (and --stack-limit): the
// states it expands are decoded into a machine that never got the limits.
console.log('before');
setTimeout(() => { for (;;) {} }, 1);
