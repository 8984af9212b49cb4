x = { await }
