const s = "abÿ";
