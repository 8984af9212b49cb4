// An unref'd timer does not keep the loop alive, so the poll phase does not wait for it
// either: the process ends as soon as the last ref'd callback has run.
const start = Date.now();
setTimeout(() => console.log('ref timer'), 10);
setTimeout(() => console.log('never'), 200).unref();
process.on('exit', () => {
  console.log(Date.now() - start < 150 ? 'exited without waiting' : 'waited for the unref\'d timer');
});
