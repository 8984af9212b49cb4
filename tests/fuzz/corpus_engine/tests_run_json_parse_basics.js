// JSON.parse of every kind of value, and a reviver.
console.log(JSON.parse('{"a":[1,2,{"b":null}],"c":"d"}'));
console.log(JSON.parse('"str"'), JSON.parse('12.5e1'), JSON.parse('true'), JSON.parse('null'));
console.log(JSON.parse(' [ ] '), JSON.parse('{}'));
console.log(JSON.parse('{"a":1,"b":{"c":2}}', (k, v) => (typeof v === 'number' ? v + 1 : v)));
console.log(JSON.parse('"\\u0041\\n"'));
