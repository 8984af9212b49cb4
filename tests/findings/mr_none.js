// FLAGS: --unhandled-rejections=none
// none mode: nothing is said.
Promise.reject('silent');
console.log('end');
