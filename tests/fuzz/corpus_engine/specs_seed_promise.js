// From the seed article "Asynchronous JavaScript", section "Promises".
const condition = true;

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
