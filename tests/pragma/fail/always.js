// "b" can come first; "c" is never printed; the witness replays the counterexample.
//@ always "a" before "b"
//@ always "a" before "c"
fetch('/a').then(() => console.log('a'));
fetch('/b').then(() => console.log('b'));
