// map, filter, reduce on numbers and objects.
const nums = [1, 2, 3, 4, 5];
console.log(nums.map((n) => n * 2));
console.log(nums.filter((n) => n % 2));
console.log(nums.reduce((a, b) => a + b), nums.reduce((a, b) => a + b, 10));
console.log(nums.reduceRight((acc, n) => acc + n, ''));
const people = [{ n: 'a', age: 30 }, { n: 'b', age: 20 }];
console.log(people.map((p) => p.n), people.filter((p) => p.age > 25));
console.log(['1', '2', '3'].map(parseInt));
