// Objects whose values are arrays of objects (a typical API payload).
const payload = {
  users: [{ id: 1, name: 'Leanne', tags: ['admin'] }, { id: 2, name: 'Ervin', tags: [] }],
  total: 2,
  page: { index: 0, size: 20 },
};
console.log(payload);
