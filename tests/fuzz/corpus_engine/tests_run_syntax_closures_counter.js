// Closures capture variables, not values.
function makeAdders() {
  const adders = [];
  for (var i = 0; i < 3; i++) adders.push((x) => x + i);
  return adders;
}
console.log(makeAdders().map((f) => f(10)));
function makeAddersLet() {
  const adders = [];
  for (let i = 0; i < 3; i++) adders.push((x) => x + i);
  return adders;
}
console.log(makeAddersLet().map((f) => f(10)));
const once = (fn) => { let done = false, r; return (...a) => (done ? r : ((done = true), (r = fn(...a)))); };
const init = once(() => { console.log('init runs'); return 42; });
console.log(init(), init());
