// edge cases
console.log("aaa".replace(/a*?/g, "-"), "abc".replace(/(?:)/g, "-"), "abc".split(""), "".split(/x/), "".split(/(?:)/));
console.log("test".replace(/(t)(e)?/g, "[$1|$2|$3|$10|$01|$<n>]"));
console.log("John Smith".replace(/(?<first>\w+)\s(?<last>\w+)/, "$<last>, $<first> $<nope>!"));
console.log("x".replace(/x/, "$"), "x".replace(/x/, "$0"), "abc".replace(/b/, "$'$`"));
console.log("aBc".replace(/b/i, (m, off, s) => `${m}${off}${s}`));
console.log("a,b,,c".split(/,/, 2), "a1b".split(/(\d)?/), "ab".split(/a*?/), "ab".split(/a*/));
const re = /a/y; re.lastIndex = 1; console.log(re.test("ba"), re.lastIndex, re.test("ba"), re.lastIndex);
console.log(/(a)\1/i.test("aA"), /(?<n>a)\k<n>/.test("aa"), /\k<n>(?<n>a)/.exec("a"));
console.log(/[\w-]+/.exec("ab-c!")[0], /[^\d\s]+/.exec("12 ab3")[0], /[a-z]{2,3}?/.exec("abcd")[0]);
console.log(/\cJ/.test("\n"), /[\b]/.test("\b"), /\0/.test("\0"), /\x41\u0042/.test("AB"), /\101/.test("A"));
console.log(/a{2}/.test("aa"), /a{,2}/.test("a{,2}"), /]/.test("]"), /{/.test("{"), /x{1/.test("x{1"));
console.log(/(?=(\d+))\w+\1/.exec("123"), /(?!a)\w/.exec("ab"), /(?<!a)b/.exec("abcb").index);
console.log(/^(?:(a)|b)*$/.exec("ab"), /(a*)+/.exec("b"), /(a|ab)(c|bcd)(d*)/.exec("abcd"));
console.log("ſ".match(/s/i), "ſ".match(/s/iu), /\w/iu.test("ſ"), /[a-z]/i.test("K"), /Σ/i.test("ς"));
console.log(/./.exec("\n"), /[^]/.exec("\n"), /$/m.exec("a\nb").index);
console.log(RegExp.prototype.source, RegExp.prototype.flags, RegExp.prototype.global, String(RegExp.prototype));
console.log(Object.getOwnPropertyDescriptor(/a/, "lastIndex"), Object.keys(/a/), /a/.hasOwnProperty("source"));
const r2 = /x/g; console.log(r2 === RegExp(r2), r2 === new RegExp(r2), RegExp(r2, "i").flags);
console.log("A-B".replace(/-/, "$&$&"), "aaaa".lastIndexOf("a"), "xyz".search("y"), "x.y".split("."));
console.log("1,2;3".split(/[,;]/).map(Number), "CamelCaseString".replace(/([A-Z])/g, " $1").trim());
console.log("abc".match(/(?<l>b)/).groups, "abc".match(/b/g), "abc".match("b").index, "a.c".match("."));
console.log([..."a1b22".matchAll(/(\d)+/g)].map(m => [m[0], m[1], m.index]), "x".matchAll("x").next());
try { "x".matchAll(/x/) } catch (e) { console.log(e.message) }
try { "x".includes(/x/) } catch (e) { console.log(e.message) }
try { RegExp.prototype.exec.call({}, "") } catch (e) { console.log(e.message) }
console.log("aaa".indexOf(/a/), `${/x/}`, /a/ + "", [/a/].join());
