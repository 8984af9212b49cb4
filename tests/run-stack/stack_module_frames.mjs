// In an ES module frames name the file by its file:// URL and the module body has no name;
// after a top-level await the module's own frame is an async frame of the functions it awaits.
await null;
console.log(new Error('tla').stack);
async function f() {
  await null;
  return new Error('in f').stack;
}
console.log(await f());
function g() { return new Error('sync').stack; }
console.log(g());
