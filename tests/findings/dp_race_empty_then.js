// A handler on Promise.race([]) never runs.
Promise.race([]).then(() => console.log('never'));
console.log('registered');
