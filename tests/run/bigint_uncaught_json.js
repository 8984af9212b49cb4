// JSON.stringify of a BigInt uncaught: TypeError "Do not know how to serialize a BigInt".
console.log(JSON.stringify({ id: 1, size: 2 }));
console.log(JSON.stringify({ id: 1, size: 2n }));
