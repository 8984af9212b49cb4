// A rejection with a primitive reason ends the process with node's
// UnhandledPromiseRejection, whose stack is node's rejection processing.
Promise.reject(true);
