x = a
? b
: c
