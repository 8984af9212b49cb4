var async = 1; async(1)
