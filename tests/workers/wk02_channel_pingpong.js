// Two ports of one MessageChannel in one thread.  Each poll phase makes one pass over the
// ports in creation order (port1, then port2), each port delivering its queued messages:
// a reply to a port the pass already visited waits for the next loop iteration, so the
// immediates of the check phase run between rounds.  'close' events come in the
// close-callbacks phase, after the check phase.
const { port1, port2 } = new MessageChannel();
port1.on('message', (m) => {
  console.log('port1 got', m);
  if (m < 6) port1.postMessage(m + 1);
  else port1.close();
});
port2.on('message', (m) => {
  console.log('port2 got', m);
  port2.postMessage(m + 1);
});
port2.postMessage(0);
let k = 0;
const tick = () => {
  console.log('immediate', ++k);
  if (k < 4) setImmediate(tick);
};
setImmediate(tick);
port1.on('close', () => console.log('port1 close'));
port2.on('close', () => console.log('port2 close'));
