// ReferenceError for undeclared variables.
try { console.log(notDeclared); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { notDeclaredFn(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { x = y + 1; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(typeof notDeclared);
