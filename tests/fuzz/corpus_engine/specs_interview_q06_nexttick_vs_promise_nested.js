// Q: nextTick and promise callbacks scheduling each other - what is the order?
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('nextTick inside promise'));
}).then(() => console.log('promise 2'));
process.nextTick(() => {
  console.log('nextTick 1');
  Promise.resolve().then(() => console.log('promise inside nextTick'));
});
process.nextTick(() => console.log('nextTick 2'));
console.log('sync');
