// Q: Implement a timeout with Promise.race. Which message wins, and does the slow
//    operation still finish?
const slow = new Promise((resolve) =>
  setTimeout(() => { console.log('slow work finished anyway'); resolve('data'); }, 60));
const timeout = (ms) => new Promise((_, reject) =>
  setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms));
Promise.race([slow, timeout(20)])
  .then((v) => console.log('got', v))
  .catch((e) => console.log(e.message));
