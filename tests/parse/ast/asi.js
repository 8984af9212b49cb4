a
(b)
c
++d
return_ = 1
function f() {
  return
  x
}
do e++
while (e < 3) g()
