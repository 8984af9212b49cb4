label: for (;;) continue label
