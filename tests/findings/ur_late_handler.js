// FLAGS: --unhandled-rejections=warn
// In warn mode node survives; the handler attached in the timer is too late.
const p = Promise.reject(new Error('late'));
setTimeout(() => {
  p.catch((e) => console.log('finally handled', e.message));
}, 1);
