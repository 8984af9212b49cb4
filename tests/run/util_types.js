const { types, isArray } = require('util');
const vals = {
  date: new Date(0), map: new Map(), set: new Set(), wmap: new WeakMap(), wset: new WeakSet(),
  err: new TypeError('x'), sub: new (class E extends Error {})(), fake: { name: 'Error', message: 'm' },
  dom: new DOMException('d'), promise: Promise.resolve(), afn: async () => {}, gfn: function* () {},
  agfn: async function* () {}, fn() {}, arr: [], obj: {}, num: 1, str: 's',
  mapIter: new Map().keys(), setIter: new Set().values(), gen: (function* () {})(), boxed: Object(1),
};
for (const fn of ['isDate', 'isMap', 'isSet', 'isWeakMap', 'isWeakSet', 'isNativeError', 'isPromise', 'isAsyncFunction',
  'isGeneratorFunction', 'isMapIterator', 'isSetIterator', 'isGeneratorObject', 'isBoxedPrimitive', 'isRegExp']) {
  console.log(fn, Object.keys(vals).filter((k) => types[fn](vals[k])).join(' '));
}
(function () { console.log('isArgumentsObject', types.isArgumentsObject(arguments), types.isArgumentsObject([])); })();
console.log(isArray([]), isArray({ length: 0 }), isArray === Array.isArray);
