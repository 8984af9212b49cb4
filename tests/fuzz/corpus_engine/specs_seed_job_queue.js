// From the seed article "Asynchronous JavaScript", section "The job queue — why promises beat setTimeout".
setTimeout(() => console.log("one is the loneliest number"), 0);
setTimeout(() => console.log("two can be as bad as one"), 10);
Promise.resolve().then(() => console.log("hi"));
console.log("three is a crowd");
