// Error with a cause: the cause is printed as [cause] with its own stack.
function load() { throw new TypeError('bad config'); }
try {
  load();
} catch (inner) {
  console.log(new Error('startup failed', { cause: inner }));
}
