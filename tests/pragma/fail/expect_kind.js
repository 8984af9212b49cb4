// `//@ expect KIND` fails when no such finding exists.
//@ expect deadlock
console.log('nothing wrong here');
