// FLAGS: --unhandled-rejections=warn
// A dropped async call rejects; in warn mode node only prints a warning.
async function refresh() {
  await null;
  throw new Error('refresh failed');
}
refresh();
setTimeout(() => console.log('still running'), 1);
