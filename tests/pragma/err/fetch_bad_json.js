//@ fetch "/x" => {a:1}
console.log("x");
