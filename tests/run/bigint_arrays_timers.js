// BigInts in array methods (sort with a BigInt-returning comparator throws,
// reduce, map, filter, Array(2n)) and as a timer delay (node throws).
try { console.log([2n, 1n, 3n].sort((a, b) => a - b)); } catch (e) { console.log(e.message); }
try { console.log([2n, 1n, 3n].sort((a, b) => Number(a - b))); } catch (e) { console.log(e.message); }
try { console.log([2n, 1n].toSorted ? 'has' : 'no'); } catch (e) { console.log(e.message); }
console.log([1n, 2n, 3n].reduce((a, b) => a + b, 0n), [1n, 2n].map((x) => x * 2n), Math.max(...[1, 2]), [3n, 1n].indexOf(1n));
console.log(new Array(2n), Array.of(1n), [0n, 1n, 2n].filter(Boolean), [1n, 2n].findIndex((x) => x === 2n));
try { console.log(new Array(5).fill(0).map((_, i) => 2n ** BigInt(i)).join(' ')); } catch (e) { console.log(e.message); }
try { setTimeout(() => console.log('t'), 1n); } catch (e) { console.log(e.message); }
