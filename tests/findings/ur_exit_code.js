// FLAGS: --unhandled-rejections=warn-with-error-code
// Node warns, goes on, and exits with code 1.
Promise.reject(new Error('counted'));
setTimeout(() => console.log('still running'), 1);
