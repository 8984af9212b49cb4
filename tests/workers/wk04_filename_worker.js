// new Worker(__filename): the same file runs again in a new realm where isMainThread is
// false; workerData is a structured clone; each realm has its own globals and modules.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
globalThis.realmMark = isMainThread ? 'main' : 'worker';
if (isMainThread) {
  const data = { list: [1, 2], map: new Map([['k', { deep: true }]]), set: new Set(['s']) };
  data.self = data;
  const w = new Worker(__filename, { workerData: data });
  w.on('online', () => console.log('main: online, worker threadId', w.threadId));
  w.on('message', (m) => {
    console.log('main got', m);
    if (m.done) w.postMessage('bye');
  });
  w.on('exit', (code) => console.log('main: exit', code, 'threadId now', w.threadId, 'mark', globalThis.realmMark));
  console.log('main: threadId', threadId, 'parentPort', parentPort, 'workerData', workerData);
} else {
  const wd = workerData;
  parentPort.postMessage({
    threadId,
    isMainThread,
    mark: globalThis.realmMark,
    selfOk: wd.self === wd,
    list: wd.list,
    deep: wd.map.get('k').deep,
    set: [...wd.set],
  });
  parentPort.postMessage({ done: true });
  parentPort.once('message', (m) => console.log('worker got', m));
}
