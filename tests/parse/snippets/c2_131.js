x = async
function f() {}
