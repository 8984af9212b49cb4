const s = 'abc
