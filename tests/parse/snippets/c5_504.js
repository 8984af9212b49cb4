function f() { "use strict" }
