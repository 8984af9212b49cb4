// Assigning to a const binding.
const k = 1;
try { k = 2; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { for (const i = 0; i < 2; i++) {} } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const obj = { a: 1 };
obj.a = 2;
console.log(k, obj);
