// Q: Does the executor run synchronously? What happens to the second resolve and the
//    reject after it?
const p = new Promise((resolve, reject) => {
  console.log('executor start');
  resolve('first');
  resolve('second');
  reject(new Error('too late'));
  console.log('executor end');
});
p.then((v) => console.log('then:', v), (e) => console.log('rejected:', e.message));
console.log('after constructor');
