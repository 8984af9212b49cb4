a = b
;(function(){})()
