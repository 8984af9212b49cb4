x = async y => y
