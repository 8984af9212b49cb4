try { throw 1 } catch { } finally { }
