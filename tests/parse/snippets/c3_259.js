x = { async get x() {} }
