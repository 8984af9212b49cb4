// Unbounded recursion: RangeError, not caught, the process dies.
function down(n) {
  return down(n + 1) + 1;
}
console.log('start');
down(0);
console.log('never');
