// Destructuring and spreading: defaults, holes, rest, swapping, nested, strings.
const [a = 1, , b = 2, ...rest] = [undefined, 'skip', null, 4, 5];
console.log(a, b, rest);
let x = 1, y = 2;
[x, y] = [y, x];
console.log(x, y);
const { p: { q = 'dq', ...others } = {}, missing = 'dm' } = { p: { r: 1, s: 2 } };
console.log(q, others, missing);
const [first, ...chars] = 'hello';
console.log(first, chars, [...'ab', ...[1, 2], ...new Set([3])], { ...'hi', ...[9], ...null });
function params({ a = 1, b } = {}, [c, d] = [3, 4], ...more) { return [a, b, c, d, more]; }
console.log(params(), params({ b: 2 }, [5], 6, 7));
const { length, 0: firstChar } = 'xyz';
console.log(length, firstChar, Object.entries({ k: 1 }).map(([k, v]) => `${k}=${v}`));
