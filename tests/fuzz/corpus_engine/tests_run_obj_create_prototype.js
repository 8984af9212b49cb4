// Object.create and prototype lookups.
const animal = { kind: 'animal', describe() { return 'I am ' + this.name + ', a ' + this.kind; } };
const dog = Object.create(animal);
dog.name = 'rex';
console.log(dog.describe(), Object.getPrototypeOf(dog) === animal);
console.log(dog, Object.keys(dog), 'kind' in dog, dog.hasOwnProperty('kind'));
console.log(Object.getPrototypeOf({}) === Object.prototype, Object.getPrototypeOf(Object.prototype));
