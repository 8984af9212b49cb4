// Class getters and setters with validation.
class Temperature {
  constructor(c) { this._c = c; }
  get fahrenheit() { return this._c * 1.8 + 32; }
  set celsius(v) {
    if (typeof v !== 'number') throw new TypeError('celsius must be a number');
    this._c = v;
  }
  get celsius() { return this._c; }
}
const t = new Temperature(100);
console.log(t.fahrenheit, t.celsius, t);
t.celsius = 0;
console.log(t.fahrenheit);
try { t.celsius = 'hot'; } catch (e) { console.log(e.name, e.message); }
