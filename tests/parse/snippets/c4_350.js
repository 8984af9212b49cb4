do ; while (0)
