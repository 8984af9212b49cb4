new function () {}
