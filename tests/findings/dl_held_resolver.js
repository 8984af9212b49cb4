// The resolve function is kept in a global but nothing ever calls it.
globalThis.pending = [];
async function job() {
  await new Promise((resolve) => { globalThis.pending.push(resolve); });
  console.log('job done');
}
job();
setTimeout(() => console.log('timer ran, still waiting'), 5);
