a?.b.c
a?.[x]?.()
;(a?.b).c
a.b?.c(d).e
new a.b.C()
new X
