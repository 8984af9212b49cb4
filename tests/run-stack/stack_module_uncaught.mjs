// An uncaught error during a module's first synchronous run: node's ES module loader
// frames follow the module's, and the source line is named by URL.
function g() {
  throw new Error('boom');
}
console.log('before');
g();
