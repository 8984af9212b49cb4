// Object destructuring: rename, defaults, nested, rest, in parameters.
const user = { id: 1, name: 'Ada', address: { city: 'London' }, role: undefined };
const { name, role = 'guest', address: { city }, missing = 'm' } = user;
console.log(name, role, city, missing);
const { id, ...others } = user;
console.log(id, others);
function greet({ name: who = 'anon', greeting = 'Hello' } = {}) { return `${greeting}, ${who}`; }
console.log(greet(user), greet(), greet({ greeting: 'Hi' }));
const { length } = 'hello';
console.log(length);
