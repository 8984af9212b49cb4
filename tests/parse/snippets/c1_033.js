a: { continue a }
