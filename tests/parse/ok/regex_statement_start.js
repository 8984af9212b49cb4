if (ok) /x/.test(s)
{}
/y/g.exec(s)
