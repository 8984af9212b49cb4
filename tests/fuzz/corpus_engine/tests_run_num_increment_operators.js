// Prefix and postfix increment and compound assignment.
let i = 5;
console.log(i++, i, ++i, i);
console.log(i--, i, --i, i);
let x = 10;
x += 5; x -= 3; x *= 2; x /= 4; x %= 4; x **= 3;
console.log(x);
let s = '1';
s += 1;
console.log(s, typeof s);
