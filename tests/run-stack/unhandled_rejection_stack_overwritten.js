// Setting an error's stack drops the frames V8 takes the position of a
// rejection from: node points at its own triggerUncaughtException.
async function f() { await null; throw Object.assign(new Error('e'), { stack: undefined }); }
f();
