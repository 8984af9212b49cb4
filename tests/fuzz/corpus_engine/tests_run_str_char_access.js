// charAt, charCodeAt, codePointAt, bracket access and at().
const s = 'hello';
console.log(s.charAt(1), s.charAt(10) === '', s[1], s[10]);
console.log(s.charCodeAt(0), s.charCodeAt(10), s.codePointAt(0));
console.log(s.at(0), s.at(-1), s.at(-5), s.at(5));
console.log(String.fromCharCode(72, 105), String.fromCodePoint(9731));
