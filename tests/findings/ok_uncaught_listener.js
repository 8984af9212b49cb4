// An 'uncaughtException' listener catches the throw: the process goes on.
process.on('uncaughtException', (e) => console.log('caught by listener:', e.message));
setTimeout(() => { throw new Error('oops'); }, 1);
setTimeout(() => console.log('still alive'), 5);
