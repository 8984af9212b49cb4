// Strings as top-level arguments print raw; inside containers they are quoted.
console.log('plain', "double", `template`);
console.log('');
console.log(['']);
console.log(['a', "b", `c`]);
console.log({ s: 'text' });
