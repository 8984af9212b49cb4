// A '/' that starts a statement after ')' or '}' begins a regular expression
// literal (the lexer's one-token judgement says division; the parser rescans).
const s = 'abc';
if (s) /b/.test(s) && console.log('if');
while (false) /x/g;
for (let i = 0; i < 1; i++) /a/.exec(s) && console.log('for');
{ }
/c/.test(s) && console.log('block');
function f() {}
/=a/.test('=a') && console.log('fn');
if (s) /b/g.lastIndex = 1;
const t = `x${1}`; if (t) /`/.test('`') && console.log('tick');
if (1) /'/.test("'") && console.log('quote');
console.log((1) / 2, [4] / 2, s.length / 3 / 1);
