x = async * 2
