// Escape sequences in string literals and String.raw.
console.log('tab:\t|', 'quote:\'', "dq:\"", 'back:\\');
console.log('\u0041\u{42}\x43');
console.log(String.raw`a\nb\t${1 + 1}`);
console.log('line\
continued');
