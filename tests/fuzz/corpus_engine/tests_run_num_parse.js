// parseInt and parseFloat on assorted inputs.
console.log(parseInt('42'), parseInt('42px'), parseInt('  -17 '), parseInt('abc'));
console.log(parseInt('0x1f'), parseInt('1f', 16), parseInt('101', 2), parseInt('z', 36));
console.log(parseInt('3.99'), parseInt(''), parseInt('0.0000005'), parseInt(0.0000005));
console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e2'), parseFloat('e5'));
console.log(parseFloat('Infinity'), parseFloat('1e1000'), parseInt('12', 37));
