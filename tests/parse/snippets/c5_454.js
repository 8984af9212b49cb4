switch (x) { case 1: case 2: { break } default: break }
