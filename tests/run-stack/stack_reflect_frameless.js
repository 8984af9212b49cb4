// V8 shows no frame of its own for Reflect.apply and Reflect.construct: the
// function they call sits right above the caller.  A function constructed
// by Reflect.construct (or new) is "new F".
function F() { throw new Error('in F'); }
class C { constructor() { throw new Error('in C'); } }
class D extends C { constructor() { super(); } }
function g() { throw new Error('in g'); }
try { Reflect.construct(F, []); } catch (e) { console.log(e.stack); }
try { new F(); } catch (e) { console.log(e.stack); }
try { Reflect.construct(D, [], F); } catch (e) { console.log(e.stack); }
try { Reflect.apply(g, null, []); } catch (e) { console.log(e.stack); }
try { Reflect.apply(null, null, []); } catch (e) { console.log(e.stack); }
try { Reflect.construct(() => 1, []); } catch (e) { console.log(e.stack); }
