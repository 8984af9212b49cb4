// == coercions next to ===.
console.log(0 == '', 0 == '0', '' == '0', null == undefined, null == 0);
console.log(false == 'false', false == '0', [] == false, [] == ![], [1] == 1);
console.log(NaN == NaN, 'abc' == new String('abc'), 'abc' === new String('abc'));
console.log({} == '[object Object]', null === null, undefined === undefined);
console.log(1 === 1.0, '1' === 1, [] === [], typeof null === 'object');
