class A { static async *[Symbol.asyncIterator]() {} }
