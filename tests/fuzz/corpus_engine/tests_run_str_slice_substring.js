// slice, substring and substr with negative and swapped arguments.
const s = 'JavaScript';
console.log(s.slice(0, 4), s.slice(4), s.slice(-6), s.slice(-6, -3), s.slice(5, 2));
console.log(s.substring(4, 0), s.substring(-3, 4), s.substring(4));
console.log(s.substr(4, 3), s.substr(-6, 2));
console.log(s.slice(100), '[' + s.slice(3, 3) + ']');
