// Stringifying a circular structure throws a TypeError.
const o = { name: 'loop' };
o.self = o;
try {
  JSON.stringify(o);
} catch (e) {
  console.log(e.constructor.name);
  console.log(e.message.split('\n')[0]);
}
