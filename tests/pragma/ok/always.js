// `//@ always "A" before "B"`: on every schedule printing B, A was printed before it.
//@ always "sync" before "a"
//@ always "a" before "a done"
//@ always "sync" before "b"
fetch('/a').then(() => console.log('a')).then(() => console.log('a done'));
fetch('/b').then(() => console.log('b'));
console.log('sync');
