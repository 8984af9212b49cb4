var x = function () {}
(function () {})()
