x = a
<!-- comment
y
