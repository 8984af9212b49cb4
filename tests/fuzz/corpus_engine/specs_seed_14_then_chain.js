// Article "Asynchronous JavaScript", section "Using a promise" - chaining .then().
const condition = true;

const promise = new Promise((resolve, reject) => {
  if (condition) {
    resolve("it worked");
  } else {
    reject("it broke");
  }
});

promise
  .then((result) => result + "!") // 'it worked!'
  .then((result) => result + "?") // 'it worked!?'
  .then((result) => console.log(result)) // logs 'it worked!?'
  .catch((err) => console.log(err));
