// WeakRef and FinalizationRegistry: garbage collection is not modelled (deref
// returns the target, cleanup never runs); V8's checks and messages.
const t = { a: 1 };
const w = new WeakRef(t);
console.log(w, w.deref() === t, String(w), Object.prototype.toString.call(w), WeakRef.length, WeakRef.name, typeof WeakRef.prototype.deref);
const fr = new FinalizationRegistry((h) => console.log('cleanup', h));
console.log(fr, fr.register(t, 'held'), fr.register({}, 1, t), fr.unregister(t), fr.unregister({}), FinalizationRegistry.length, Object.getOwnPropertyNames(FinalizationRegistry.prototype));
console.log(Object.getOwnPropertyNames(WeakRef.prototype), [w], { w });
try { new WeakRef(1); } catch (e) { console.log(e.message); }
try { WeakRef({}); } catch (e) { console.log(e.message); }
try { new FinalizationRegistry(1); } catch (e) { console.log(e.message); }
try { fr.register(1, 2); } catch (e) { console.log(e.message); }
try { fr.register(t, t); } catch (e) { console.log(e.message); }
try { fr.unregister(1); } catch (e) { console.log(e.message); }
try { WeakRef.prototype.deref.call({}); } catch (e) { console.log(e.message); }
try { new WeakRef(Symbol('x')); } catch (e) { console.log(e.message); }
console.log(new WeakRef(Symbol.iterator).deref() === undefined);
class MyRef extends WeakRef { constructor(x) { super(x); this.extra = 1; } }
console.log(new MyRef(t), new MyRef(t).deref() === t);
