// FLAGS: --unhandled-rejections=warn
// warn mode: node warns and goes on.
const p = new Promise((_, reject) => setTimeout(() => reject(new Error('warned')), 1));
setTimeout(() => console.log('alive'), 5);
