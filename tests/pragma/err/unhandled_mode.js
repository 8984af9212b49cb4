//@ unhandled-rejections loudly
console.log("x");
