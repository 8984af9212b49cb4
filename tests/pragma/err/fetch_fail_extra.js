//@ fetch "/x" => fail now
console.log("x");
