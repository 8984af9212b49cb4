// A base constructor returning an existing object: a subclass's private
const clean = (s) => s.split(__dirname).join('.'); // stable paths
// members are added to it once; a second time throws.
class Base { constructor(o) { return o; } }
class WithField extends Base { #f = 1; constructor(o) { super(o); } static get(o) { return o.#f; } }
class WithMethod extends Base { #m() { return 'm'; } constructor(o) { super(o); } static call(o) { return o.#m(); } }
const o = {};
new WithField(o);
console.log(WithField.get(o), Object.keys(o), JSON.stringify(o));
try { new WithField(o); } catch (e) { console.log(clean(e.stack)); }
new WithMethod(o);
console.log(WithMethod.call(o));
try { new WithMethod(o); } catch (e) { console.log(clean(e.stack)); }
const Anon = (() => class extends Base { #q() {} })();
const p = {};
new Anon(p);
try { new Anon(p); } catch (e) { console.log(e.message); }
// private fields can be added to frozen objects
const frozen = Object.freeze({});
new WithField(frozen);
console.log(WithField.get(frozen), Object.isFrozen(frozen));
