// `//@ unhandled-rejections MODE`: as node's --unhandled-rejections (warn: no crash).
//@ unhandled-rejections warn
//@ deterministic
Promise.reject(new Error('ignored'));
setTimeout(() => console.log('still running'), 0);
