// V8's TypeErrors for Date methods on a non-Date receiver: the getters'
// short message, 'incompatible receiver' for the rest, toJSON's own.
for (const k of Object.getOwnPropertyNames(Date.prototype)) {
  if (k === 'constructor') continue;
  try { Date.prototype[k].call({}, 1); console.log(k, 'ok'); } catch (e) { console.log(k, e.message); }
}
try { Date.prototype[Symbol.toPrimitive].call({}, 'number'); } catch (e) { console.log(e.message); }
try { Date.prototype.toString.call(1); } catch (e) { console.log(e.message); }
try { Date.prototype.setHours.call('s'); } catch (e) { console.log(e.message); }
