// An async chain that nobody catches: node prints the error with its async frames.
async function load(id) {
  await null;
  throw new Error(`cannot load ${id}`);
}
async function main() {
  await load(7);
}
main();
