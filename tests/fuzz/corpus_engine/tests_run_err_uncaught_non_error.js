// Throwing a string uncaught: stderr shows the throw site and the bare value, exit code 1.
console.log('start');
throw 'plain string thrown';
