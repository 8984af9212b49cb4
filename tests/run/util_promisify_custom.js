// util.promisify honours util.promisify.custom: setTimeout/setImmediate
// promisify to timers/promises; a promisified function is its own custom.
const util = require('util');
const tp = require('timers/promises');
console.log(util.promisify.custom, util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
console.log(util.promisify(setTimeout) === tp.setTimeout, util.promisify(setImmediate) === tp.setImmediate);
console.log(setTimeout, setInterval);
function f(a, cb) { cb(null, a * 2, 'ignored'); }
f.extra = 5;
const pf = util.promisify(f);
console.log(pf[util.promisify.custom] === pf, util.promisify(pf) === pf, pf.name, pf.length, pf.extra);
const h = () => {};
const hc = () => 'custom';
h[util.promisify.custom] = hc;
console.log(util.promisify(h) === hc, hc[util.promisify.custom] === hc);
function g() {}
g[util.promisify.custom] = 7;
for (const bad of [g, null, {}, 'str']) {
  try { util.promisify(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
function fails(cb) { cb(new Error('nope')); }
const sleep = util.promisify(setTimeout);
(async () => {
  console.log('start');
  console.log(await sleep(3, 'slept'));
  console.log(await util.promisify(setImmediate)('v'));
  console.log(await pf(21));
  await util.promisify(fails)().catch((e) => console.log('rejected', e.message));
  console.log(typeof util.promisify(require('fs').readFile));
})();
