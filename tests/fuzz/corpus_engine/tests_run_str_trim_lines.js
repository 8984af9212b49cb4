// Building and cleaning multi-line text.
const text = '  first  \n\n  second\n third  ';
const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
console.log(lines);
console.log(lines.join('\n'));
console.log(JSON.stringify(text));
