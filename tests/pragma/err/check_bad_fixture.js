// A fixture file that is not in the fixture format.
console.log("x");
