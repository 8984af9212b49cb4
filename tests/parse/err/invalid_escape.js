const s = '\x4g'
