// Article "Asynchronous JavaScript", sections "Promises" and "Using a promise" (condition false).
const condition = false;

const promise = new Promise((resolve, reject) => {
  if (condition) {
    resolve("it worked");
  } else {
    reject("it broke");
  }
});

promise
  .then((result) => console.log(result)) // 'it worked'
  .catch((err) => console.log(err)); // if it rejects
