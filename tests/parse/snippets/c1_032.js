a: { break a }
