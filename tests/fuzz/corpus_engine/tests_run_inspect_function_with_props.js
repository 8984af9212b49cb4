// A function with own enumerable properties prints them in braces.
function counter() {}
counter.count = 3;
counter.label = 'c';
console.log(counter);
const arrow = () => {};
arrow.meta = { a: 1 };
console.log([arrow]);
