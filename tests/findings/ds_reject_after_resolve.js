// reject() after resolve(): ignored.
function load(ok) {
  return new Promise((resolve, reject) => {
    if (ok) resolve('data');
    reject(new Error('failed'));
  });
}
load(true).then((v) => console.log(v), (e) => console.log('error', e.message));
