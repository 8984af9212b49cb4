x = @y
