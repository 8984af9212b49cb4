'use strict'
'other'
function f() { 'use strict'; return 1 }
('not a directive')
