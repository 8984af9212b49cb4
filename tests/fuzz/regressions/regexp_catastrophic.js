// EXPECT: run 3 check 0
// ARGS: --max-steps 1000000
// STDERR: exceeded --max-steps
// A catastrophic pattern (exponential backtracking, which node also runs
// for ages) is charged to the step budget: the run stops at --max-steps
// instead of hanging, and check reports the blocked path.
console.log('start');
console.log(/(a+)+b/.test('a'.repeat(40)));
