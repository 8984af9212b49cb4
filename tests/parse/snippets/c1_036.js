x = async (a, b) => a
