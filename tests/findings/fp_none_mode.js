// FLAGS: --unhandled-rejections=none
// The same in none mode: nothing at all is printed about it.
const tasks = [1, 2, 3];
async function run(t) {
  if (t === 2) throw new Error('task ' + t);
}
tasks.forEach((t) => { run(t); });
