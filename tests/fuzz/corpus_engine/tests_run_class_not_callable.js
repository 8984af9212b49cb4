// Calling a class without new throws; classes are not hoisted like functions.
class K {}
try { K(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { new Later(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
class Later {}
console.log(typeof new Later());
