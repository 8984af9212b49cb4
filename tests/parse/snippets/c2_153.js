for (;;) x
++y
