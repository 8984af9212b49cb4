// Article "Asynchronous JavaScript", section "The job queue - why promises beat setTimeout".
//@ host node
//@ deterministic
//@ always "three is a crowd" before "hi"
//@ always "hi" before "one is the loneliest number"
setTimeout(() => console.log("one is the loneliest number"), 0);
setTimeout(() => console.log("two can be as bad as one"), 10);
Promise.resolve().then(() => console.log("hi"));
console.log("three is a crowd");
