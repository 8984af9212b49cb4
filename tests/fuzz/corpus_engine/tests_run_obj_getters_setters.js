// Getters and setters in object literals keep derived state consistent.
const temp = {
  celsius: 20,
  get fahrenheit() { return this.celsius * 9 / 5 + 32; },
  set fahrenheit(f) { this.celsius = (f - 32) * 5 / 9; },
};
console.log(temp.fahrenheit);
temp.fahrenheit = 212;
console.log(temp.celsius, temp);
