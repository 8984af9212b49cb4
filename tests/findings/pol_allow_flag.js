// CHECK: --allow double-settle
// `--allow double-settle` on the command line: reported as a warning only.
const p = new Promise((resolve) => {
  resolve('first');
  resolve('second');
});
p.then((v) => console.log(v));
