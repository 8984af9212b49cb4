// The overflow is caught: a warning, the program goes on.
function forever() { return forever(); }
try {
  forever();
} catch (e) {
  console.log('caught', e.name);
}
console.log('goes on');
