(function () { 'use strict'; with (a) {} })
