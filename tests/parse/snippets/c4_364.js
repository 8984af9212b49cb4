async.x; async[0]
