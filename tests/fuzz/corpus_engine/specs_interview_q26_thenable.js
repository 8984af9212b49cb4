// Q: Can you await an object that is not a promise but has a then method? When does it
//    resume compared with a real promise?
const thenable = {
  then(resolve) {
    console.log('then called');
    resolve('thenable value');
  },
};
(async () => {
  console.log('got', await thenable);
})();
(async () => {
  console.log('got', await Promise.resolve('promise value'));
})();
console.log('sync end');
