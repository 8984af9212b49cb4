try { } catch ([a, b]) { }
