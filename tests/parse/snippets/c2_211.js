a: { while (1) { continue a } }
