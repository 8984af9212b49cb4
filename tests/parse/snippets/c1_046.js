const of = 2
