// node APIs meeting regular expressions: console.log format directives,
// util.inspect/format/types.isRegExp/isDeepStrictEqual, RegExp.prototype.compile,
// assert.deepStrictEqual/match/doesNotMatch, flags kept in canonical order.
console.log('%s|%o|%O|%j|%d', /a/g, /b/, /c/, /d/, /e/);
console.log(require('util').inspect({ r: /x/y, arr: [/z/s] }, { depth: 0 }), require('util').format('%s', /f/));
const re = /a/g; re.compile('b+', 'i'); console.log(re, re.lastIndex, re.test('BB'));
console.log(require('util').types.isRegExp(/a/), require('util').isDeepStrictEqual(/a/g, /a/g), require('util').isDeepStrictEqual(/a/g, /a/i));
console.log(Object.getOwnPropertyNames(RegExp.prototype).sort(), Object.getOwnPropertyNames(new RegExp('a')));
console.log(/a/ instanceof Object, Object.getPrototypeOf(/a/) === RegExp.prototype, RegExp.prototype.constructor === RegExp);
console.log([/b/, /a/].sort(), { toString: RegExp.prototype.toString, source: 'q', flags: 'w' } + '');
const assert = require('assert'); assert.deepStrictEqual(/a/g, /a/g); try { assert.deepStrictEqual(/a/g, /b/g); } catch (e) { console.log(e.name); }
assert.match('abc', /b/); try { assert.match('abc', /z/); } catch (e) { console.log(JSON.stringify(e.message), e.code); }
try { assert.doesNotMatch('abc', /b/); } catch (e) { console.log(JSON.stringify(e.message), e.code); }
console.log(new RegExp('a', 'ig'), new RegExp('b', 'yd').flags, String(new RegExp('c', 'sm')));
try { new RegExp('(', 'ig'); } catch (e) { console.log(e.message); }
const util = require('util');
const r1 = /a/g, r2 = /a/g;
r2.lastIndex = 1;
console.log(util.isDeepStrictEqual(r1, r2), util.isDeepStrictEqual(/a/, /b/), util.isDeepStrictEqual([/x/], [/x/]));
for (const f of [() => assert.match(1, /z/), () => assert.match('a', 'a'), () => assert.match('abc', /z/, 'mine'), () => assert.doesNotMatch(5, /b/)]) {
  try { f(); } catch (e) { console.log(JSON.stringify(e.message), e.name, e.code); }
}
