// Q: And if async2 is an async function that *returns* a promise? Where does
//    "async1 end" land among promise1..promise4?
async function async1() {
  await async2();
  console.log('async1 end');
}
async function async2() {
  return Promise.resolve();
}
async1();
Promise.resolve()
  .then(() => console.log('promise1'))
  .then(() => console.log('promise2'))
  .then(() => console.log('promise3'))
  .then(() => console.log('promise4'));
