// An object longer than 72 characters goes one property per line.
console.log({ name: 'ticktock', language: 'C11', purpose: 'model checking', year: 2024 });
console.log({ name: 'short', ok: true });
console.log({ firstName: 'Ada', lastName: 'Lovelace', born: 1815, field: 'mathematics', notes: 'first programmer' });
