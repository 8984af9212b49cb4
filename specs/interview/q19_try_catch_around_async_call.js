// Q: Why doesn't this try/catch catch the error thrown by the async function?
async function load() {
  throw new Error('load failed');
}
try {
  load();
  console.log('no exception here');
} catch (e) {
  console.log('caught', e.message);
}
// The crash is the point of the question (at the end: line numbers in stderr stay put):
//@ allow unhandled-rejection
