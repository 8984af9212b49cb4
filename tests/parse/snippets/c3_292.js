let {a}
