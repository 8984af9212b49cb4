for (a() in c) {}
