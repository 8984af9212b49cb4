// emit() does not wait for an async listener; the listener continues after an await.
const EventEmitter = require('events');
const em = new EventEmitter();
em.on('job', async (id) => {
  console.log('listener start', id);
  await null;
  console.log('listener after await', id);
});
em.on('job', (id) => console.log('sync listener', id));
em.emit('job', 1);
console.log('emit returned');
