// 'beforeExit' fires when the loop is empty; scheduling work there keeps the process alive.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, 'round', rounds);
  if (rounds++ < 2) setTimeout(() => console.log('timer scheduled from beforeExit'), 1);
});
process.on('exit', (code) => console.log('exit', code));
console.log('main');
