// CHECK: --max-drain 20000
// The microtask loop only runs forever when Math.random() says so.
const forever = Math.random() < 0.5;
function loop(n) {
  if (forever || n < 10) Promise.resolve(n + 1).then(loop);
}
loop(0);
setTimeout(() => console.log('timer'), 0);
