// V8's TypeError for `in` on a primitive shows both sides as it shows
// receivers: symbols, #<Ctor>, [object Array], functions' source.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.message); } };
t(() => Symbol('s') in 5);
t(() => 'x' in 5);
t(() => Symbol() in 'str');
t(() => ({}) in null);
t(() => 1.5 in undefined);
t(() => [1, 2] in true);
t(() => 'x' in Symbol('q'));
t(() => (() => 1) in 5);
t(() => new Error('boom') in 5);
t(() => -0 in 5);
t(() => new (class Foo {})() in 5);
t(() => Object.create(null) in 5);
