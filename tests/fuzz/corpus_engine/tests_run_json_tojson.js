// toJSON controls serialisation; it receives the key.
class Money {
  constructor(cents) { this.cents = cents; }
  toJSON(key) { return `${key || 'root'}: $${(this.cents / 100).toFixed(2)}`; }
}
console.log(JSON.stringify({ price: new Money(1999) }));
console.log(JSON.stringify(new Money(5)));
console.log(JSON.stringify([new Money(100)]));
