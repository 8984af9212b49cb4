var o = { async *[Symbol.iterator]() {} }
