x = async
(1)
