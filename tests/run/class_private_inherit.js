// Private members and inheritance: a base's private fields live on the
// subclass instance; a subclass cannot name them; statics are not inherited.
class Animal {
  #name;
  static #count = 0;
  constructor(name) { this.#name = name; Animal.#count++; }
  get name() { return this.#name; }
  #speak() { return `${this.#name} makes a sound`; }
  speak() { return this.#speak(); }
  static count() { return this.#count; }
  static isAnimal(o) { return #name in o; }
}
class Dog extends Animal {
  #tricks = [];
  #speak() { return `${this.name} barks`; }
  learn(t) { this.#tricks.push(t); return this; }
  speak() { return super.speak() + ' / ' + this.#speak() + ' / ' + this.#tricks.join('+'); }
}
const d = new Dog('rex').learn('sit').learn('roll');
console.log(d.speak(), Animal.isAnimal(d), Animal.isAnimal({}), Animal.count());
try { Dog.count(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(d, Object.keys(d));
// private static accessors and methods called through call/apply/bind
class S {
  static #v = 1;
  static get #val() { return S.#v * 10; }
  static set #val(x) { S.#v = x; }
  static #add(a, b) { return a + b + this.#v; }
  static run() {
    S.#val = 4;
    const add = S.#add;
    return [S.#val, add.call(S, 1, 2), add.apply(S, [3, 4]), add.bind(S, 5)(6)];
  }
}
console.log(S.run());
