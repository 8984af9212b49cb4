// Shorthand properties and methods, this in methods vs arrows.
const name = 'box';
const obj = {
  name,
  regular() { return this.name; },
  arrow: () => typeof this,
  nested() { return [1].map(() => this.name); },
};
console.log(obj.regular(), obj.arrow(), obj.nested());
const detached = obj.regular;
console.log(detached.call({ name: 'other' }));
