// finally() on a promise that never settles.
const spinner = { on: true };
new Promise(() => {}).finally(() => { spinner.on = false; });
setTimeout(() => console.log('spinner still on:', spinner.on), 5);
