// Nested causes print as [cause] inside braces; non-error causes too.
function load() {
  try {
    JSON.parse('{bad');
  } catch (err) {
    throw new Error('could not load', { cause: err });
  }
}
try { load(); } catch (e) { console.log(e); }
console.log(new Error('with string cause', { cause: 'just a string' }));
console.log(new Error('with object cause', { cause: { code: 42 } }));
const agg = new AggregateError([new Error('one'), 'two'], 'many failed');
console.log(agg);
console.log(agg.errors.length, agg.message, agg.name);
