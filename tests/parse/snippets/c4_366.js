let async; async = 1
