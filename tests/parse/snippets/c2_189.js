'use strict'; delete x
