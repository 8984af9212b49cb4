a
--b
