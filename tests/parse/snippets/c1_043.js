var await = 1
