// Getters are inherited and can be overridden; super property access in getters.
class Person {
  constructor(first, last) { this.first = first; this.last = last; }
  get full() { return `${this.first} ${this.last}`; }
}
class Doctor extends Person {
  get full() { return 'Dr. ' + super.full; }
}
console.log(new Person('Ada', 'L').full, new Doctor('Grace', 'H').full);
