// An await on a promise whose resolve functions are dropped never resumes:
// node just exits (code 0) without printing 'after await'.
async function main() {
  console.log('before await');
  await new Promise(() => {});
  console.log('after await');
}
main();
console.log('sync end');
