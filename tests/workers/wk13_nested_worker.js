// A worker can start workers of its own (here the same file, one level deeper): each
// reports to its parent, which forwards it up; exits are handled by each parent.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
const depth = isMainThread ? 0 : workerData;
const up = (m) => (isMainThread ? console.log(m) : parentPort.postMessage(m));
if (depth < 2) {
  const w = new Worker(__filename, { workerData: depth + 1 });
  w.on('message', (m) => up(`${m} (via thread ${threadId})`));
  w.on('exit', (code) => up(`thread ${w.threadId === -1 ? 'child' : w.threadId} of depth ${depth + 1} exited ${code}`));
}
up(`hello from depth ${depth}, thread ${threadId}`);
