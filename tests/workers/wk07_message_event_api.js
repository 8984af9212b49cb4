// The three ways to listen on a MessagePort: on('message') gets the data, onmessage and
// addEventListener('message') get a MessageEvent (its .data); all in registration order.
// once() listeners and removeEventListener; a port with only a 'close' listener receives
// nothing (it is not started), start() makes it receive.
const { port1, port2 } = new MessageChannel();
port2.on('message', (data) => console.log('on:', data));
port2.onmessage = (e) => console.log('onmessage:', e.data, e.type, e instanceof MessageEvent);
const listener = (e) => console.log('addEventListener:', e.data);
port2.addEventListener('message', listener);
port2.once('message', (data) => console.log('once:', data));
port1.postMessage('first');
port1.postMessage({ second: [2] });
setImmediate(() => {
  port2.removeEventListener('message', listener);
  port2.onmessage = null;
  port1.postMessage('third');
  setImmediate(() => port2.close());
});
const ch = new MessageChannel();
let started = false;
ch.port2.addListener('close', () => console.log('close without message listener'));
ch.port1.postMessage('waits until start()');
setImmediate(() => setImmediate(() => setImmediate(() => {
  console.log('starting');
  started = true;
  ch.port2.onmessage = (e) => { console.log('late:', e.data, started); ch.port2.close(); };
})));
