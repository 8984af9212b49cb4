x = { *get() {} }
