//@ host node
//@ expect-order "a" before "b"
console.log("a") //@ deterministic
