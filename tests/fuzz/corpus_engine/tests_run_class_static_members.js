// Static fields and methods are inherited by subclasses; this in static methods.
class Registry {
  static items = [];
  static count = 0;
  static add(x) { this.items.push(x); this.count++; return this.count; }
}
class Sub extends Registry {}
Registry.add('a');
Sub.add('b');
console.log(Registry.items, Registry.count, Sub.count, Sub.items === Registry.items);
