// Number and string conversions in operators.
console.log(1 + '2', '3' * '4', '10' / 4, '7' - - '1', +'', +' \n', +'1,5', +[], +{}, +[1, 2]);
console.log([] + [], [] + {}, ({}) + 'x', 1 + null, 1 + undefined, true + true, null + null);
console.log('b' + 'a' + +'a' + 'a', 10 % 3, -10 % 3, 5.5 % 2, 2 ** -1, (-8) ** (1 / 3), 7 / 0, -7 / 0, 0 / 0);
console.log(1 < 2 < 3, 3 > 2 > 1, '10' < '9', 10 < '9', null == 0, null >= 0, undefined == null, NaN == NaN);
console.log(~~'12.7', '12.7' | 0, -7 >> 1, -7 >>> 28, 1 << 31, 2 ** 32 | 0, 0.1 * 0.2, 4.35 * 100);
console.log(typeof NaN, isNaN('abc'), Number.isNaN('abc'), isFinite('12'), Number.isFinite('12'));
