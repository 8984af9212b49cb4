// A throw in the main script itself.
setTimeout(() => console.log('timer never runs'), 0);
const config = undefined;
console.log(config.port);
