// An async function awaiting another that never finishes: one deadlock,
// the outer await never resumes either.
async function inner() {
  await new Promise(() => {});
  return 1;
}
async function outer() {
  const v = await inner();
  console.log('outer got', v);
}
outer();
