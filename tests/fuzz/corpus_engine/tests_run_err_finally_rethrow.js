// An exception passes through finally blocks of every enclosing function.
function inner() {
  try { throw new Error('deep'); } finally { console.log('inner finally'); }
}
function middle() {
  try { inner(); } finally { console.log('middle finally'); }
}
try { middle(); } catch (e) { console.log('caught at top:', e.message); }
