// concat, + and template literals.
const name = 'world';
console.log('hello, '.concat(name, '!', 1, null));
console.log(`hello, ${name}! 1 + 1 = ${1 + 1}`);
console.log(`nested ${`inner ${name.toUpperCase()}`}`);
console.log(`array: ${[1, 2]} object: ${{}} null: ${null}`);
console.log(`multi
line`);
