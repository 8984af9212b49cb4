// Formatting numbers into strings without Intl.
const money = (cents) => '$' + (cents / 100).toFixed(2);
console.log(money(123456), money(5), money(0));
const withCommas = (n) => String(n).split('').reverse().map((d, i) => (i && i % 3 === 0 ? d + ',' : d)).reverse().join('');
console.log(withCommas(1234567), withCommas(999), withCommas(1000));
const pct = (x) => (x * 100).toFixed(1) + '%';
console.log(pct(0.1234), pct(1));
