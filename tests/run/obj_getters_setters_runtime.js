// Accessors at runtime: lazy caching getter, setter validation, inherited accessors.
const lazy = {
  get value() { const v = 42; Object.defineProperty(this, 'value', { value: v, enumerable: true }); return v; },
};
console.log(lazy, lazy.value, lazy, Object.getOwnPropertyDescriptor(lazy, 'value').writable);
const temp = { _c: 0, get f() { return this._c * 9 / 5 + 32; }, set f(v) { this._c = (v - 32) * 5 / 9; } };
temp.f = 212;
console.log(temp._c, temp.f, temp);
const proto = { get kind() { return 'proto:' + this.name; } };
const child = Object.create(proto, { name: { value: 'kid', enumerable: true } });
console.log(child.kind, child, Object.keys(child), 'kind' in child, child.hasOwnProperty('kind'));
