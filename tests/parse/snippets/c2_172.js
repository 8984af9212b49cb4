async (...a) => 1
