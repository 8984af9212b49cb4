let
x = 1
