// Equality and coercion puzzles.
console.log([] == false, [] == ![], '' == 0, '0' == false, null == undefined, null == false, NaN != NaN);
console.log([1] == 1, [1, 2] == '1,2', ({}) == '[object Object]', [0] == false, '\n' == 0, [null] == '');
console.log(typeof null, typeof [], typeof function () {}, typeof class {}, typeof Symbol(), typeof undefined, typeof NaN);
console.log(0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON, 9999999999999999, 1 / 0 > 0, -1 / 0);
console.log('5' + 3, '5' - 3, '5' * '2', true + 1, [] + null + 1, [,] + [,,], {} + [], 3 > 2 > 1);
console.log(Boolean(''), Boolean('0'), Boolean([]), Boolean({}), !!NaN, !!-0);
