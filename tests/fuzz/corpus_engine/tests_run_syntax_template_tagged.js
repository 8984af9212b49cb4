// Tagged templates receive the strings and the values.
function tag(strings, ...values) {
  console.log(strings, values, strings.raw);
  return strings.reduce((out, s, i) => out + s + (i < values.length ? `[${values[i]}]` : ''), '');
}
const a = 1, b = 'two';
console.log(tag`x${a}y${b}z`);
console.log(tag`${a}`);
const upper = (s, ...v) => s.map((x, i) => x + (v[i] !== undefined ? String(v[i]).toUpperCase() : '')).join('');
console.log(upper`hello ${'world'} and ${'js'}!`);
