x = function* () { yield* [1, 2] }
