switch (a) { case b: { let c = 1 } case d: }
