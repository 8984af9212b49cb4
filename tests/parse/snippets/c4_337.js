a = b
(function(){})()
