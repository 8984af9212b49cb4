// An error V8 makes with no JavaScript frame (Promise.any's AggregateError)
// has no position: node points at its own triggerUncaughtException.
console.log('start');
Promise.any([]);
