// `//@ expect double-settle`: the spec wants the finding, so it does not
// fail the check (it is reported as a warning).
//@ expect double-settle
const p = new Promise((resolve, reject) => {
  resolve(1);
  reject(new Error('ignored'));
});
p.then((v) => console.log('value', v));
