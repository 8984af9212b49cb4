label:
function f() {}
