// Character codes: Caesar cipher with charCodeAt / fromCharCode.
const shift = (s, k) => [...s].map((c) => {
  const code = c.charCodeAt(0);
  if (code >= 97 && code <= 122) return String.fromCharCode(((code - 97 + k) % 26) + 97);
  return c;
}).join('');
console.log(shift('hello, world', 3));
console.log(shift(shift('round trip', 13), 13));
