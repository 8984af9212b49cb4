async
(x) => x
