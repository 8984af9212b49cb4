(eval)('1')
