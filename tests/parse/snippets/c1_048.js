({get: 1, set: 2})
