// `//@ allow deadlock`: the deadlock is still reported, as a warning, and
// the check passes.
//@ allow deadlock
async function main() {
  await new Promise(() => {});
  console.log('never');
}
main();
console.log('started');
