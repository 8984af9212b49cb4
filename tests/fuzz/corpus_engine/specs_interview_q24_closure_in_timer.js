// Q: The timer reads `message` when it runs, not when it was scheduled. What is printed?
let message = 'scheduled';
const id = 'T1';
setTimeout(() => console.log(id, message), 0);
message = 'changed before the timer ran';
function makeCounter() {
  let count = 0;
  return () => { count++; setTimeout(() => console.log('count is', count), 0); };
}
const inc = makeCounter();
inc(); inc(); inc();
