label: for (let i = 0; i < 3; i++) { if (i) continue label; else break label }
for (k in o) ;
while (x) x--
switch (v) { case 1: f(); default: g() }
try { t() } catch { } finally { u() }
try { t() } catch ({ message }) { }
throw new Error("e")
debugger
var a, b = 1
