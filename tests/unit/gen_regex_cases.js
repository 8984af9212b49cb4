#!/usr/bin/env node
// gen_regex_cases.js - writes tests/unit/regex_cases.h, the matches of
// regular expressions as node computes them, for the matcher's unit tests
// (test_regex.c).  Regenerate (node v20) with:
//
//   node tests/unit/gen_regex_cases.js > tests/unit/regex_cases.h
//
// Each case is a pattern, flags, subject and start index; node's answer
// (the group bounds of the first match at or after start, or no match, or
// the SyntaxError's message) is computed here, never typed in.  Strings
// are written as UTF-16 code unit arrays.
'use strict';

const cases = [
  ['abc', '', 'xxabcxx'], ['a(b)c', '', 'xabc'], ['(a|ab)(c|bcd)(d*)', '', 'abcd'],
  ['a*?b', '', 'aaab'], ['a+?', '', 'aaa'], ['x{2,3}?', '', 'xxxx'], ['x{2,}', '', 'xxxxx'], ['x{2}', '', 'x xx'],
  ['(z)((a+)?(b+)?(c))*', '', 'zaacbbbcac'], ['(a*)*b', '', 'aaaac'], ['(a*)?', '', 'b'], ['(?:a|())*', '', 'aab'],
  ['(a)|b', '', 'b'], ['^(?:(a)|b)*$', '', 'ab'], ['(a*)+', '', 'b'], ['(.*?)a(?!(a+)b\\2c)\\2(.*)', '', 'baaabaac'],
  ['(?=(a+))a*b\\1', '', 'baaabac'], ['(?<=\\$)\\d+', '', 'cost $42'], ['(?<!\\$)\\b\\d+', '', '$4 5'],
  ['(?<=(\\d+)(\\d+))$', '', '1053'], ['(?<=\\1(a))b', '', 'aab'], ['(?<!a|b)c', '', 'acbcdc'],
  ['^b', 'm', 'a\nb'], ['a$', 'm', 'a\nb'], ['^b', '', 'a\nb'], ['a.b', '', 'a\nb'], ['a.b', 's', 'a\nb'],
  ['\\bfoo\\b', '', 'afoo foo'], ['\\Boo', '', 'foo'], ['[a-c]+', 'i', 'xABCd'], ['[^a-c]+', 'i', 'ABCdef'],
  ['\\d+\\s\\w+', '', 'x 12 ab!'], ['[\\D]+', '', '12ab3'], ['[\\w-]+', '', 'ab-c!'], ['\\W', '', 'ab-c'],
  ['\\S+', '', '  xy '], ['(.)\\1', 'i', 'xaA'], ['(?<n>a)\\k<n>', '', 'baa'], ['\\k<n>(?<n>a)', '', 'a'],
  ['(?<y>\\d{4})-(?<m>\\d\\d)', '', 'on 2020-12'], ['\\1(a)', '', 'aa'], ['\\cJ', '', '\n'], ['[\\b]', '', 'a\b'],
  ['\\0', '', 'a\0'], ['\\x41\\u0042', '', 'zAB'], ['\\101', '', 'A'], ['\\8', '', '8'], ['a{,2}', '', 'a{,2}'],
  [']', '', ']'], ['{', '', '{'], ['x{1', '', 'x{1'], ['\\z', '', 'z'], ['[\\d-z]+', '', '1-z'],
  ['\\u{1F600}', 'u', '\u{1F600}'], ['.', 'u', '\u{1F600}'], ['.', '', '\u{1F600}'], ['^.$', 'u', '\u{1F600}'],
  ['[\u{1F600}-\u{1F64F}]', 'u', 'a\u{1F601}'], ['\\ud83d\\ude00', 'u', '\u{1F600}'],
  ['s', 'i', '\u017f'], ['s', 'iu', '\u017f'], ['\\w', 'iu', '\u017f'], ['\u03c3', 'i', '\u03a3'], ['\u00e4', 'i', '\u00c4'],
  ['k', 'iu', '\u212a'], ['[a-z]', 'i', 'K'], ['a', 'y', 'ba', 0], ['a', 'y', 'ba', 1], ['a', '', 'aba', 1],
  ['', '', 'abc', 2], ['$', '', 'abc'], ['(?:)', '', ''], ['a|', '', 'b'], ['(a)?(?:b|(c))', '', 'c'],
  ['(?=a)*', '', 'a'], ['(a)(?!(b))', '', 'ac'],
  ['\\u{10400}', 'iu', '\u{10428}'], ['\u0561', 'i', '\u0531'], ['\u1e9e', 'iu', '\u00df'], ['[\uff41-\uff43]+', 'i', '\uff21\uff22'],
  ['.', 'u', '\u{1F600}', 1], ['\\W', 'iu', '\u017f\u212a!'], ['\\W', 'i', '\u017f'], ['[^\\W]', 'iu', '\u212a'], ['.', '', '\u{1F600}', 1], ['', 'u', '\u{1F600}', 1],
  // errors
  ['(', '', ''], [')', '', ''], ['*', '', ''], ['a**', '', ''], ['{1}', 'u', ''], ['}', 'u', ''], [']', 'u', ''],
  ['[a', '', ''], ['[z-a]', '', ''], ['a{2,1}', '', ''], ['(?<a', '', ''], ['(?<a>x)(?<a>y)', '', ''],
  ['\\k<b>(?<a>x)', '', ''], ['\\k', 'u', ''], ['\\z', 'u', ''], ['\\u{110000}', 'u', ''], ['\\', '', ''],
  ['(?x)', '', ''], ['[\\d-z]', 'u', ''], ['\\1', 'u', ''], ['a{1', 'u', ''], ['(?<1a>x)', '', ''],
  ['(?=a)*', 'u', ''], ['\\c', 'u', ''], ['\\x1', 'u', ''], ['\\u12', 'u', ''], ['(?<=a)+', '', ''],
  ['(?<a>.)\\k', '', ''],
  // which error V8 reports first: unknown names at the end, duplicates at the group's ')'
  ['\\k<b>(?<a>x)(', '', ''], ['\\k<b>(?<a>x)*?+', '', ''], ['(?<a>x)(?<a>^*)', '', ''], ['(?<a>x)(?<a>y)+?*', '', ''],
  ['(?<a>x)(?<a>y)\\k<b>', '', ''], ['\\B{+}', 'u', ''], ['a{+}', 'u', ''],
  ['(?<a>(?<a>x))', '', ''], ['(?<a>(?<=(?<a>x))+)', '', ''], ['(?<a>x)(?<b>(?<a>y)*+)', '', ''],
  ['\\p{2}', 'u', ''], ['\\p{L', 'u', ''], ['\\p', 'u', ''], ['[\\P{=}]', 'u', ''],
];

const units = (s) => `{${[...Array(s.length)].map((_, i) => s.charCodeAt(i)).join(', ') || '0'}}`;
const out = [];
out.push('/* regex_cases.h - matches of regular expressions as computed by node ' + process.version + '.');
out.push(' * GENERATED, do not edit:');
out.push(' *   node tests/unit/gen_regex_cases.js > tests/unit/regex_cases.h');
out.push(' * ncaps -1: no match; error: the SyntaxError text after "/pattern/flags: ". */');
out.push('#ifndef REGEX_CASES_H\n#define REGEX_CASES_H\n\n#include <stdint.h>\n');
out.push('typedef struct RxCase {\n  uint16_t pat[24];\n  uint32_t npat;\n  const char *flags;\n  uint16_t subj[16];');
out.push('  uint32_t nsubj, start;\n  int ncaps;\n  int32_t caps[12];\n  const char *error;\n} RxCase;\n');
out.push('static const RxCase rx_cases[] = {');
for (const [p, f, s, start = 0] of cases) {
  let ncaps = -1, caps = [], error = 'NULL';
  try {
    const re = new RegExp(p, f + (f.includes('y') ? 'd' : 'gd'));
    re.lastIndex = start;
    const m = re.exec(s);
    if (m) {
      ncaps = m.indices.length * 2;
      for (const pair of m.indices) caps.push(...(pair ? pair : [-1, -1]));
    }
  } catch (e) {
    error = JSON.stringify(e.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, ''));
  }
  out.push(`  {${units(p)}, ${p.length}, ${JSON.stringify(f)}, ${units(s)}, ${s.length}, ${start}, ${ncaps}, {${caps.join(', ') || '0'}}, ${error}},`);
}
out.push('};\n\n#endif');
console.log(out.join('\n'));
