let of = 2; for (of of []) {}
