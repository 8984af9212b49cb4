// Fails: two requests of unknown latency finish in either order.
//@ deterministic
//@ never "b"
fetch('/a').then(() => console.log('a'));
fetch('/b').then(() => console.log('b'));
