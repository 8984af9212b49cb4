// Common string exercises: reverse, palindrome, vowel count.
const reverse = (s) => s.split('').reverse().join('');
const isPalindrome = (s) => {
  const clean = s.toLowerCase().split(' ').join('');
  return clean === reverse(clean);
};
console.log(reverse('ticktock'), isPalindrome('Never odd or even'), isPalindrome('event loop'));
const vowels = (s) => [...s].filter((c) => 'aeiou'.includes(c)).length;
console.log(vowels('asynchronous javascript'));
