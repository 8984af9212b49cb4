x = a---b
