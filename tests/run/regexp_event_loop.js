// Regular expressions across the event loop: a global regex's lastIndex is
// shared state that timers and promise callbacks advance in node's order.
const words = /\w+/g;
const text = 'alpha beta gamma delta';
const seen = [];
function step(tag) {
  const m = words.exec(text);
  seen.push(`${tag}:${m ? m[0] : null}@${words.lastIndex}`);
}
setTimeout(() => step('timeout'), 0);
setTimeout(() => step('timeout2'), 2);
Promise.resolve().then(() => step('then'));
process.nextTick(() => step('tick'));
queueMicrotask(() => step('microtask'));
step('sync');
(async () => {
  await null;
  step('await');
  const parsed = await new Promise((resolve) =>
    setTimeout(() => resolve('2024-01-15'.replace(/(\d+)-(\d+)-(\d+)/, '$3/$2/$1')), 5));
  console.log(parsed, /^(\d+)\/(\d+)\/(\d+)$/.exec(parsed).slice(1).map(Number));
  console.log(seen.join(' '));
  const lines = 'x=1\ny=22\nz=333';
  for (const m of lines.matchAll(/^(?<key>\w)=(?<value>\d+)$/gm)) {
    await new Promise((r) => setTimeout(r, 1));
    console.log(m.groups.key, m.groups.value, m.index);
  }
})();
