// finally() does not handle a rejection (it passes it on): the chain ends
// without a handler and the process exits before the jobs run.
Promise.reject(new Error('not handled by finally')).finally(() => console.log('cleanup'));
process.exit(0);
