// A rejection handled later in the same microtask drain is not reported.
const p = Promise.reject(new Error('late but fine'));
Promise.resolve().then(() => {
  p.catch((e) => console.log('handled:', e.message));
});
setTimeout(() => console.log('process survived'), 5);
