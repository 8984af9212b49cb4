// Several bad pragmas: each is reported.
//@ jitter x
//@ nope
//@ never "ok"
//@ latency fetch 5..1
console.log("x");
