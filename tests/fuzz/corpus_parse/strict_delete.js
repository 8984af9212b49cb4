'use strict'
delete x
