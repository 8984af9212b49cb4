if (x) async function f() {}
