// Two outputs, not three.
//@ expect-outputs 3
fetch('/a').then(() => console.log('a'));
fetch('/b').then(() => console.log('b'));
