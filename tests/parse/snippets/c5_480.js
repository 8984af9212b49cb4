typeof a?.b
