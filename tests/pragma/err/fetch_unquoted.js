//@ fetch /x => {}
console.log("x");
