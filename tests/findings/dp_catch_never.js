// catch() on a promise that can never settle: the handler never runs.
function fetchNothing() {
  return new Promise(() => { /* forgot to call resolve or reject */ });
}
fetchNothing().catch((e) => console.log('failed', e));
