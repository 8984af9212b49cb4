// Changing name after construction: inspect reconciles the stack's first line and name.
const e = new Error('changed');
e.name = 'CustomName';
console.log(e);
console.log(String(e));
