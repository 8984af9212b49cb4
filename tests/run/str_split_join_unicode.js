// Strings with astral characters: length, indexing, spread, split and inspect quoting.
const s = 'a😀b';
console.log(s.length, s[1], s.charCodeAt(1), s.codePointAt(1), [...s], s.split(''), Array.from(s).length);
console.log(JSON.stringify(s[1]), s.slice(1, 3), s.at(-1), '😀'.padStart(4, '*'), s.split('😀'));
console.log(['😀', 'é', '\u0301'], { k: '😀' }, 'naïve café'.toUpperCase(), 'ÅngströM'.toLowerCase());
