// A then callback whose promise an async function awaits: the awaiting function is an
// async frame; a catch handler is not (the chain follows awaits and derived promises only).
async function viaThen() {
  await Promise.resolve(1).then(() => { throw new Error('in then'); });
}
viaThen().catch((e) => console.log(e.stack));
async function sync() { throw new Error('sync'); }
async function callsSync() { await null; await sync(); }
callsSync().catch((e) => console.log(e.stack));
const arrow = async () => { await null; throw new Error('arrow'); };
async function callsArrow() { await arrow(); }
callsArrow().catch((e) => console.log(e.stack));
async function deepSync() { await null; helper(); }
function helper() { throw new Error('helper'); }
async function callsDeep() { await deepSync(); }
callsDeep().catch((e) => console.log(e.stack));
