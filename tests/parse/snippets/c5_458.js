x = { async *[Symbol.asyncIterator]() { yield 1 } }
