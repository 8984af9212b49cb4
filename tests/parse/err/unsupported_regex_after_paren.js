if (ok) /x/.test(s)
