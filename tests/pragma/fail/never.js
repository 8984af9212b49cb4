// "b" is printed on some schedule: the witness says which.
//@ never "b"
fetch('/a').then(() => console.log('a'));
fetch('/b').then(() => console.log('b'));
