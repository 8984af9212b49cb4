// A subclass instance shows the subclass name and all own fields.
class Animal { constructor(name) { this.name = name; } speak() { return '...'; } }
class Dog extends Animal { constructor(name) { super(name); this.sound = 'woof'; } }
const d = new Dog('rex');
console.log(d);
console.log(Object.keys(d));
