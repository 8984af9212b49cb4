// From the seed article "Asynchronous JavaScript", section "Using a promise".
const promise = Promise.resolve("it worked");

promise
  .then((result) => result + "!") // 'it worked!'
  .then((result) => result + "?") // 'it worked!?'
  .then((result) => console.log(result)) // logs 'it worked!?'
  .catch((err) => console.log(err));
