const o = { set x() {} }
