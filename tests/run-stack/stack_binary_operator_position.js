// V8 reports a TypeError thrown by a binary operator (a Symbol converted to a
// number, 'in' or instanceof on a primitive) at the operator, not at the
// expression's start.
const s = Symbol('k'), o = { f() { return s; } };
const t = (f) => { try { f(); } catch (e) { console.log(e.stack.split('\n')[1].trim()); } };
t(() => (s) << 1);
t(() => ((function () { return s; }).call(1) << 2));
t(() => o.f() << 2);
t(() => o.f() + 1);
t(() => o.f() * 1);
t(() => -o.f());
t(() => o.f() < 1);
t(() => `${o.f()}`);
t(() => o.f() | 0);
t(() => (o.f()) - 1);
t(() => 1 - (o.f()));
t(() => (1, o.f()) ** 2);
t(() => { let x = o.f(); x++; });
t(() => { let x = o.f(); x += 1; });
t(() => { const a = { x: s }; a.x++; });
t(() => { const a = { x: s }; a.x -= 1; });
t(() => o.f() >= o.f());
const five = 5;
t(() => 'x' in five);
t(() => o instanceof five);
t(() => (o) instanceof o);
t(() => five
  + Symbol());
t(() => 1 +
  Symbol());
t(() => { const a = 1 + /* c */ Symbol(); });
t(() => [five] in five);
