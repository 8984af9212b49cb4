// `//@ expect then-not-function` with the finding present: passes.
//@ expect then-not-function
Promise.resolve(1).then(42).then((v) => console.log('passed through', v));
