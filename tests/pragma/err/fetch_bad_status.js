//@ fetch "/x" => status 42 {}
console.log("x");
