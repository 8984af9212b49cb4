// A promise passed where a function belongs: then() ignores it.
const cleanup = Promise.resolve('cleanup');
Promise.resolve('result').then(cleanup).then((v) => console.log('got', v));
