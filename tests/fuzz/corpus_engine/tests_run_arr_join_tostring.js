// join with separators; null and undefined become empty strings.
console.log([1, 2, 3].join(), [1, 2, 3].join(''), [1, 2, 3].join(' - '));
console.log([null, undefined, 1].join('-'), [[1, 2], [3]].join(';'));
console.log(String([1, [2, [3]]]), [].join() === '');
