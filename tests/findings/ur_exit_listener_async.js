// An async call started in an 'exit' listener rejects; node checks for
// unhandled rejections after the listeners and dies.
async function flush() {
  throw new Error('flush failed');
}
process.on('exit', () => { flush(); });
console.log('main done');
