for ((x in y);;) {}
