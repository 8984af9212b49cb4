// An error thrown inside a built-in points at the user's call.
const values = [1, 2];
values.map(5);
