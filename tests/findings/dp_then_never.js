// A handler registered on a promise that never settles never runs.
const never = new Promise(() => {});
never.then(() => console.log('never printed'));
console.log('registered');
