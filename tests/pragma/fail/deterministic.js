// Not deterministic: two requests of unknown latency.
//@ deterministic
fetch('/a').then(() => console.log('a'));
fetch('/b').then(() => console.log('b'));
