// An error caught in an async function after an await: the stack has async frames.
async function fetchUser() {
  await null;
  throw new Error('user service down');
}
async function main() {
  try {
    await fetchUser();
  } catch (err) {
    console.log('caught:', err);
  }
}
main();
