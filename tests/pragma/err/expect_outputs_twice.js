//@ expect-outputs 2
setTimeout(() => console.log("a"));
setImmediate(() => console.log("b"));
//@ expect-outputs 1
