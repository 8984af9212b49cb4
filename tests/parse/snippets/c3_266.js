x = a.return / 2
