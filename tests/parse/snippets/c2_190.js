'use strict'; var static = 1
