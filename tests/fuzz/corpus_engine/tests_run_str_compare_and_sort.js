// String comparison is by UTF-16 code units; localeCompare is avoided.
console.log('apple' < 'banana', 'Zebra' < 'apple', 'a' < 'aa', '' < 'a');
console.log(['banana', 'Apple', 'cherry', 'apple'].sort());
console.log(['10', '9', '1', '100'].sort());
