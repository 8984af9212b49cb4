x = a
--
b
