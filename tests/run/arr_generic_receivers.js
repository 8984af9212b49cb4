// Array.prototype methods on array-likes and strings, ES2023 copies, cyclic join.
try { [1].with(5, 0); } catch (e) { console.log(e.name, e.message); }
try { [1].with(-3, 0); } catch (e) { console.log(e.name, e.message); }
console.log([1, 2, 3, 4].toSpliced(1, 2, 'x'), [1,,3].toSpliced(0, 0), [1, 2].with(-1, 9));
console.log([1, , 3].copyWithin(0, 1), [1, 2, 3, 4, 5].copyWithin(1, 0, 3), [1, 2, 3, 4, 5].copyWithin(-2));
const like = { 0: 'a', 1: 'b', length: 2 };
console.log(Array.prototype.push.call(like, 'c'), like);
console.log(Array.prototype.pop.call(like), like);
console.log(Array.prototype.indexOf.call(like, 'b'), Array.prototype.includes.call(like, 'a'));
console.log(Array.prototype.reverse.call({0: 1, 2: 3, length: 3}));
console.log(Array.prototype.slice.call('abc'), Array.prototype.join.call('abc', '-'));
console.log(Array.prototype.at.call(like, -1), Array.prototype.fill.call({length: 2}, 0));
console.log(Array.prototype.splice.call(like, 0, 1), like);
console.log(Array.prototype.shift.call({0: 'x', 1: 'y', length: 2}), Array.prototype.unshift.call({length: 0}, 1, 2));
console.log(Array.prototype.concat.call(like, [1]));
console.log([1, [2, 3]].toString(), String([null, undefined, 1]), [1, 2].toLocaleString());
const a = [1]; a.push(a); console.log(a.join('-'));
console.log(Array.prototype.lastIndexOf.call(like, 'a'));
