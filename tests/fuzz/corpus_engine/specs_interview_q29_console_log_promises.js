// Q: What does console.log show for promises in each state?
const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ id: 7 });
const rejected = Promise.reject('nope');
rejected.catch(() => {});
console.log(pending);
console.log(fulfilled);
console.log(rejected);
console.log(fulfilled.then(() => 1));
async function f() { return 'done'; }
console.log(f());
