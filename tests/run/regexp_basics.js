const re = /ab+c/gi;
console.log(re, typeof re, re instanceof RegExp, String(re), JSON.stringify(re));
console.log(re.source, re.flags, re.global, re.ignoreCase, re.multiline, re.lastIndex);
console.log(/(\d+)-(\d+)/.exec("tel 12-34 x"));
console.log(/(?<y>\d{4})-(?<m>\d\d)/.exec("on 2020-12"));
console.log("a1b22c333".match(/\d+/g), "abc".match(/z/), "xAbC".search(/b/i));
console.log("2020-12".replace(/(\d+)-(\d+)/, "$2/$1 [$&] $$ $` $'"));
console.log("aaa".replace(/a/g, (m, i) => i), "a-b_c".split(/[-_]/), "a1b2c".split(/(\d)/), "abc".split(/(?:)/, 2));
console.log("x".replaceAll(/x/g, "y"), [..."a1b2".matchAll(/\d/g)].map(m => m.index));
try { "a".replaceAll(/a/, "b") } catch (e) { console.log(e.message) }
const g = /o/g; let m; while ((m = g.exec("foo boo")) !== null) console.log(m.index, g.lastIndex);
console.log(new RegExp("a+", "y").test("baa"), new RegExp(/x/g).flags, RegExp("a|b").source, new RegExp("/").source);
try { new RegExp("(") } catch (e) { console.log(e.name, e.message) }
console.log(/(?<=\$)\d+/.exec("$42")[0], /\bfoo\b/.test("a foo b"), /^b/m.test("a\nb"), /a.b/s.test("a\nb"));
console.log("ÄÖ".match(/ä/i), /\u{1F600}/u.test("😀"), "😀".match(/./gu), "😀".match(/./g).length);
console.log(/(a)|b/.exec("b"), Object.prototype.toString.call(/a/));
