for (a
;;) {}
