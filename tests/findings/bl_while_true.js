// CHECK: --max-steps 200000
// An infinite synchronous loop freezes the process.
setTimeout(() => console.log('timer'), 0);
let spins = 0;
while (true) {
  spins++;
}
