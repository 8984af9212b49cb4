obj.get; obj.set
