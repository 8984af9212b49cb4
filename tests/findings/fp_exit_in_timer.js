// A timer starts an async call and exits at once: the rejection is never
// reported, and nothing handled it.
async function upload() {
  throw new Error('upload failed');
}
setTimeout(() => {
  upload();
  process.exit(0);
}, 1);
