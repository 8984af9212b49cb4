// The builder pattern with method chaining.
class Query {
  constructor() { this.parts = []; }
  select(...f) { this.parts.push('SELECT ' + f.join(', ')); return this; }
  from(t) { this.parts.push('FROM ' + t); return this; }
  where(c) { this.parts.push('WHERE ' + c); return this; }
  toString() { return this.parts.join(' '); }
}
console.log(String(new Query().select('id', 'name').from('users').where('id = 1')));
