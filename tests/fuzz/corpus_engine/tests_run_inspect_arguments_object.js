// The arguments object prints as [Arguments].
function f() { console.log(arguments); console.log(arguments.length); }
f(1, 'two', [3]);
f();
