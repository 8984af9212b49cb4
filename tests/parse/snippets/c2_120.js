let async = 1; const of = 2; obj.get; x = {get: 1}
