// Q: Convert a Node-style callback API to promises by hand, then use it with await.
function readConfig(name, callback) {
  setTimeout(() => {
    if (name === 'missing') callback(new Error('ENOENT: ' + name));
    else callback(null, { name, debug: true });
  }, 5);
}
const promisify = (fn) => (...args) => new Promise((resolve, reject) =>
  fn(...args, (err, value) => (err ? reject(err) : resolve(value))));
const readConfigAsync = promisify(readConfig);
(async () => {
  console.log(await readConfigAsync('app'));
  try { await readConfigAsync('missing'); } catch (e) { console.log('error:', e.message); }
})();
