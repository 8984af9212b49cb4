function f() { 'use strict'; return this }
