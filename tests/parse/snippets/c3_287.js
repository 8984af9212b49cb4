(function () {})()
