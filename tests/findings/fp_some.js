// RUNS: 40
// FLAGS: --unhandled-rejections=warn
// The dropped call rejects only on some schedules.
async function maybeFail() {
  if (Math.random() < 0.5) throw new Error('bad luck');
}
maybeFail();
