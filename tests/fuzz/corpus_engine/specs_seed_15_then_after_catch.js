// Article "Asynchronous JavaScript", section "Using a promise" - "Any .then() calls after
// the .catch() still run unless they also fail."
const promise = Promise.reject("it broke");

promise
  .then((result) => result + "!")
  .then((result) => console.log(result))
  .catch((err) => {
    console.log("caught:", err);
    return "recovered";
  })
  .then((result) => console.log("after catch:", result));
