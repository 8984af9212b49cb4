// An invalid pattern reaching the constructor is an uncaught SyntaxError.
console.log('before');
const pattern = '(' + 'a';
new RegExp(pattern, 'g');
