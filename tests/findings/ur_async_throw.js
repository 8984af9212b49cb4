// An async function that throws, called without await or catch.
async function save(record) {
  if (!record.id) throw new TypeError('record without id');
  return record.id;
}
save({});
setTimeout(() => console.log('saved'), 1);
