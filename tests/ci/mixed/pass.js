// Passes: deterministic, as its pragma says.
//@ deterministic
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
