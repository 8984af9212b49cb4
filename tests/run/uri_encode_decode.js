// encodeURI(Component) / decodeURI(Component) round trips, reserved escapes kept
// by decodeURI, every malformed form (URIError), lone surrogates, escape/unescape.
const samples = ['hello world', 'a+b=c&d', "-_.!~*'()", ';/?:@&=+$,#', 'ünïcödé', '日本語', '😀 emoji', '', 'A-Z a-z 0-9', '%', '100%', '\u0000\u007f\u0080\u07ff\u0800\uffff'];
for (const s of samples) {
  const c = encodeURIComponent(s), u = encodeURI(s);
  console.log(JSON.stringify(s), c, u, decodeURIComponent(c) === s, decodeURI(u) === s);
}
console.log(decodeURI('%3B%2F%3F%3A%40%26%3D%2B%24%2C%23'), decodeURIComponent('%3B%2F%3F%3A%40%26%3D%2B%24%2C%23'));
console.log(decodeURI('%41%42%e6%97%a5'), decodeURIComponent('%f0%9F%98%80'), decodeURI('%25'));
console.log(encodeURIComponent(123), encodeURIComponent(), encodeURIComponent(null), encodeURI({ toString() { return 'a b'; } }));
const bad = ['%', '%a', '%zz', '%C0%80', '%E0%80%80', '%ED%A0%80', '%F4%90%80%80', '%80', '%C3', '%C3%28', '%F8%80%80%80%80', '%E6%97', 'abc%E6%97%A'];
for (const b of bad) {
  try { console.log(decodeURIComponent(b)); } catch (e) { console.log(b, e.name, e.message, e instanceof URIError, Object.getPrototypeOf(e) === URIError.prototype); }
  try { console.log(decodeURI(b)); } catch (e) { console.log(b, e.name, e.message); }
}
for (const b of ['\ud800', '\udc00', 'a\ud800b', '\udc00\ud800']) {
  try { console.log(encodeURIComponent(b)); } catch (e) { console.log(JSON.stringify(b), e.name, e.message); }
  try { console.log(encodeURI(b)); } catch (e) { console.log(JSON.stringify(b), e.name, e.message); }
}
console.log(encodeURIComponent('\ud83d\ude00'));
console.log(escape('abc 123 @*_+-./ ä € 😀 %'), unescape('%u20AC%E4%20%zz%u12%'), unescape(escape('ä€😀x')));
console.log(escape(), unescape(), escape.length, unescape.name, encodeURI.length, decodeURIComponent.name);
try { encodeURIComponent(Symbol('s')); } catch (e) { console.log(e.name, e.message); }
console.log(typeof globalThis.encodeURIComponent, Object.getOwnPropertyDescriptor(globalThis, 'decodeURI'));
