x = async
() => 1
