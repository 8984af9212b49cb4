// Setting length truncates or extends; index past the end grows the array.
const a = [1, 2, 3, 4];
a.length = 2;
console.log(a);
a.length = 4;
console.log(a);
const b = [];
b[2] = 'c';
console.log(b.length, b);
