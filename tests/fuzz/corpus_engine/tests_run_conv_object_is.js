// Object.is vs === on the special values.
console.log(Object.is(NaN, NaN), NaN === NaN);
console.log(Object.is(0, -0), 0 === -0);
console.log(Object.is('a', 'a'), Object.is({}, {}));
console.log([NaN].includes(NaN), [NaN].indexOf(NaN));
