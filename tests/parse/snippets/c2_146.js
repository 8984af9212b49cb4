for (a.b in c) {}
