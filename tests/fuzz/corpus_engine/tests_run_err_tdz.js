// Temporal dead zone errors for let, const and class.
try { console.log(a); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
let a = 1;
function useLater() { return later; }
try { useLater(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const later = 'ok';
console.log(useLater());
try { const self = self + 1; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
