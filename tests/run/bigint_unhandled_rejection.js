// A promise rejected with a BigInt and never handled: node's
// UnhandledPromiseRejection error quotes the reason inspected ("10n").
console.log('start');
Promise.reject(10n);
