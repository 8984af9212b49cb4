// process.exit() in a timer stops the program at once, with the given code.
setTimeout(() => {
  console.log('exiting');
  Promise.resolve().then(() => console.log('never'));
  process.exit(3);
}, 5);
setTimeout(() => console.log('never either'), 50);
