// An 'exit' listener runs synchronously: a timer it schedules never runs, yet a promise
// job it queues still runs before the process ends.
process.on('exit', (code) => {
  console.log('exit with', code);
  setTimeout(() => console.log('timer from exit listener (never runs)'), 0);
  Promise.resolve().then(() => console.log('promise job from exit listener'));
});
setTimeout(() => console.log('last timer'), 5);
