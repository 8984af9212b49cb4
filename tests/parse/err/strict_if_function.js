'use strict'
if (x) function f() {}
