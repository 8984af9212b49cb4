// JSON.parse failures: V8 messages, positions and context excerpts.
const inputs = ['{a:1}', "{'a':1}", '[1,]', '', 'undefined', '{', '[', '{"a"', '{"a":', '{"a" 1}', '{"a":1,}', '{"a":1 "b":2}', '[1 2]', '"abc', '"a\u0001b"', '"\\x"', '"\\u12g4"', '-', '-a', '1.', '1.e5', '1e', '1e+', '01', '00', 'tru', 'trux', 'nul', 'NaN', 'Infinity', '[object Object]', ' ', '1 2', '{"a":1}x', "'x'", 'abcdefghijklmnopqrstuvwxyz', '{"key": "value", bad}', '[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, x]', '{"a":[1,2,{"b":}]}', '\u00e9', '[-]', '{"a":-}', '1e5x', '"\t"', '{"a":1,"a":2}', '[1,,2]', '{,}', '  {"a": tru}  '];
for (const s of inputs) {
  try { const v = JSON.parse(s); console.log('ok', JSON.stringify(v)); } catch (e) { console.log(e.name + ': ' + e.message); }
}
