// Nested objects that are each short stay on one line, the outer one breaks.
const config = {
  server: { host: 'localhost', port: 8080 },
  db: { host: 'db.internal', port: 5432, user: 'app' },
  cache: { ttl: 60 },
};
console.log(config);
console.log({ a: { b: 1 }, c: { d: 2 } });
