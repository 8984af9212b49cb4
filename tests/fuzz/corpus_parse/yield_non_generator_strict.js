'use strict'
function f() { yield 1 }
