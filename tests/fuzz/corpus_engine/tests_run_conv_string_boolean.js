// String() and Boolean() of every kind of value.
console.log(String(null), String(undefined), String(true), String([1, [2, 3]]), String({}));
console.log(String(Symbol('s')), String([]), String([null]), String([undefined, 1]));
console.log(Boolean(0), Boolean(''), Boolean(NaN), Boolean(null), Boolean(undefined));
console.log(Boolean('0'), Boolean('false'), Boolean([]), Boolean({}), Boolean(-1));
console.log(!!'  ', !!'\n', !!0.0, !!-0, !!Infinity);
