x = {async: 1, await: 2, yield: 3, static: 4, let: 5}
