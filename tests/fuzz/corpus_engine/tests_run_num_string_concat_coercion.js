// + with strings and numbers: left to right.
console.log(1 + 2 + '3', '1' + 2 + 3, 1 + '2' - 1);
console.log('5' * '2', '10' / '4', '7' - 2, 'a' * 2);
console.log([] + [], [] + {}, [1, 2] + [3], {} + 'x');
console.log(true + 1, null + 1, undefined + 1, '3' + null);
