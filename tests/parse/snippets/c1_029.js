while (1) { continue }
