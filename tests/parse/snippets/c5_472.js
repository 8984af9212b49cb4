x = async (a) => async (b) => a + b
