// close() inside a message handler: the messages already queued on that port are still
// delivered in the same drain; posting on a closed port is a no-op; 'close' fires later
// (close-callbacks phase) on the closed port.  A port closed right after posting: what it
// posted is still delivered to the peer.
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => {
  console.log('port2 got', m);
  if (m === 1) {
    port2.close(() => console.log('close callback'));
    port2.postMessage('into the void');
  }
});
port1.postMessage(1);
port1.postMessage(2);
port1.postMessage(3);
port2.on('close', () => console.log('port2 close'));
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
const ch = new MessageChannel();
ch.port2.onmessage = (e) => console.log('second channel got', e.data);
ch.port1.postMessage('queued');
ch.port1.close();
