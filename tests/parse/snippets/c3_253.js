'use strict'; f() = 1
