// events.once() turns the next event into a promise.
const { once, EventEmitter } = require('events');
const server = new EventEmitter();
(async () => {
  console.log('waiting for ready');
  const [port, host] = await once(server, 'ready');
  console.log('ready on', host + ':' + port);
})();
setTimeout(() => server.emit('ready', 8080, 'localhost'), 5);
console.log('listeners:', server.listenerCount('ready'));
