// RegExp constructor: patterns and flags checked at run time with node's
// SyntaxError messages; flags and source accessors on odd receivers.
const bad = [['(', ''], [')', ''], ['a**', ''], ['}', 'u'], ['[z-a]', ''], ['a{2,1}', ''], ['(?<a>x)(?<a>y)', ''],
  ['\\k<b>(?<a>x)', ''], ['\\z', 'u'], ['\\', ''], ['(?x)', ''], ['a', 'gg'], ['a', 'z'], ['a', 'uv'], ['(', 'g']];
for (const [p, f] of bad) {
  try {
    new RegExp(p, f);
    console.log('accepted', p, f);
  } catch (e) {
    console.log(e instanceof SyntaxError, e.message);
  }
}
for (const [p, f] of [['x{99999999999}', ''], ['\\k<a', ''], ['\\c', ''], ['(?=a)*', ''], ['[\\d-z]', '']])
  console.log(new RegExp(p, f).test('a'), String(new RegExp(p, f)));
const tries = [
  () => RegExp.prototype.exec.call({}, 'a'),
  () => RegExp.prototype.test.call(1, 'a'),
  () => Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get.call({}),
  () => Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call({}),
  () => Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call(1),
  () => RegExp.prototype.toString.call(1),
  () => 'a'.replaceAll(/a/, 'b'),
  () => 'a'.matchAll(/a/),
  () => 'a'.startsWith(/a/),
  () => 'a'.endsWith(/a/),
  () => String.prototype.replace.call(null, /a/, 'b'),
];
for (const t of tries) {
  try {
    console.log(t());
  } catch (e) {
    console.log(e.name, e.message);
  }
}
console.log(Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call({ global: 1, sticky: 'y', hasIndices: 0 }));
console.log(RegExp.prototype.toString.call({ source: 'S', flags: 'F' }), RegExp.length, RegExp.name);
const frozen = Object.freeze(/a/g);
try { frozen.exec('a'); } catch (e) { console.log(e.name, e.message); }
