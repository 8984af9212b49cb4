while (1) label: break label
