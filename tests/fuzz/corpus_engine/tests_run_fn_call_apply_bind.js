// call, apply and bind with arguments, partial application.
function greet(greeting, punct) { return `${greeting}, ${this.name}${punct}`; }
const ada = { name: 'Ada' };
console.log(greet.call(ada, 'Hi', '!'), greet.apply(ada, ['Hello', '?']));
const hiAda = greet.bind(ada, 'Hey');
console.log(hiAda('.'), hiAda.name, hiAda.length, greet.length);
