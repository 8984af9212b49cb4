// EXPECT: run 3 check 0
// ARGS: --max-steps 100000
// STDERR: exceeded --max-steps
// Found by fuzzing: --max-steps bounded each promise job, not the step of
// the event loop that drains them, so an endless microtask chain (which
// node also runs forever) hung both `run` and `check`.
function loop() { Promise.resolve().then(loop); }
loop();
