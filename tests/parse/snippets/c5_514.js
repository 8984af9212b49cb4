f(
a,
b,
)
