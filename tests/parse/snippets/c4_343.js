label1: label2: for (;;) break label1
