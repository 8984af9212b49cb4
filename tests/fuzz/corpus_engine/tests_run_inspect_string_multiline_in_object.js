// Multi-line strings inside objects are escaped, and long ones are split with +.
console.log({ text: 'first line\nsecond line' });
console.log(['a\nb']);
console.log({ poem: 'Roses are red,\nViolets are blue,\nSugar is sweet,\nAnd so are you. This line is long.' });
