// `//@ allow KIND...` and `//@ expect` parse with every finding kind name.
//@ allow deadlock non-termination stack-overflow unhandled-rejection uncaught-exception
//@ allow starvation blocking double-settle dead-promise missing-reject-handler
//@ allow floating-promise then-not-function order-dependent
console.log('allowed');
