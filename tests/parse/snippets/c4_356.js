x = { async get() {} }
