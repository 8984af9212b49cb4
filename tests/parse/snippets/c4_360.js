async
x => x
