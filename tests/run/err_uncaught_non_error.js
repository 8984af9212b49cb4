// Throwing a string uncaught: node prints "Uncaught 'text'" style output on stderr.
// Throwing a string uncaught: stderr shows the throw site and the bare value, exit code 1.
throw 'plain string thrown';
