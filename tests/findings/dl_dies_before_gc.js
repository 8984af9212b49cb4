// The awaited promise becomes garbage in the same run that then allocates
// enough to start a garbage collection: the deadlock is still reported.
async function waitForever() {
  await new Promise(() => {});
  console.log('never');
}
waitForever();
let junk = [];
for (let i = 0; i < 300000; i++) junk.push({ i, s: 'x' + i });
junk = null;
for (let i = 0; i < 300000; i++) junk = [i, i + 1, i + 2];
console.log('allocated');
