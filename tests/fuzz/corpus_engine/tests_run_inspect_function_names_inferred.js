// Function names inferred from variable and property definitions.
const f = function () {};
const g = () => {};
const obj = { h: function () {}, k() {}, ['comp' + 'uted']: () => {} };
console.log(f.name, g.name, obj.h.name, obj.k.name, obj.computed.name);
console.log(obj);
console.log((function () {}).name === '', (() => {}).name === '');
