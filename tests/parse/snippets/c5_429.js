x = a
/* c */ (b)
