// Template literals: expressions, nesting, tagged templates with raw strings.
const who = 'world', n = 3;
console.log(`hello ${who}! ${n * 2} ${[1, 2]} ${{}} ${null} ${undefined} ${() => 1}`);
console.log(`nested ${`inner ${n > 2 ? 'big' : 'small'}`}`, `multi
line`, `\u0041\x42\n`.length);
function tag(strings, ...vals) { return JSON.stringify({ strings, raw: strings.raw, vals }); }
console.log(tag`a${1}b${'x'}c\n`, tag``, String.raw`C:\path\${n}`);
console.log(`${Symbol.iterator.toString()}`, `${[1, [2, 3]]}`, `${new Date(0).getTime()}`);
