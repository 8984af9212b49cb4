// A deterministic program: one output, nothing to report.
setTimeout(() => console.log('two'), 50);
setTimeout(() => console.log('one'), 1);
Promise.resolve().then(() => console.log('zero'));
