// A throw in the executor after resolve() is ignored by the Promise
// constructor itself: not a double settle by the program.
const p = new Promise((resolve) => {
  resolve('ok');
  throw new Error('ignored');
});
p.then((v) => console.log(v));
