// Q: Same puzzle, but async2 is a plain function that returns a new Promise.
//    Does "async1 end" still come before "promise2"?
async function async1() {
  console.log('async1 start');
  await async2();
  console.log('async1 end');
}
function async2() {
  return new Promise((resolve) => {
    console.log('async2');
    resolve();
  });
}
async1();
new Promise((resolve) => {
  console.log('promise1');
  resolve();
}).then(() => console.log('promise2'))
  .then(() => console.log('promise3'));
console.log('script end');
