x = { async }
