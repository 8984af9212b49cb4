// Number() of strings, booleans, null, undefined, arrays and objects.
console.log(Number('12'), Number(' 12 '), Number(''), Number('12px'), Number('0x10'));
console.log(Number(true), Number(false), Number(null), Number(undefined));
console.log(Number([]), Number([7]), Number([1, 2]), Number({}));
console.log(Number('1e3'), Number('-Infinity'), Number('0b101'), Number('0o17'));
console.log(+'3', -'3', +'', +' \n');
