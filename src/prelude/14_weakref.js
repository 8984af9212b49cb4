// WeakRef and FinalizationRegistry (ECMA-262 26.1, 26.2).  Garbage
// collection is not modelled: a WeakRef always derefs to its target and a
// registry's cleanup callback never runs (node runs it, if ever, after a
// collection no short program can rely on).  The internal slots live in
// WeakMaps the program cannot reach.

const weakRefTargets = new WeakMap();
const registryCells = new WeakMap();
const slotGet = WeakMap.prototype.get;
const slotSet = WeakMap.prototype.set;
const slotHas = WeakMap.prototype.has;

// CanBeHeldWeakly: an object, or a symbol that Symbol.for did not make.
function canBeHeldWeakly(v) {
  return isObject(v) || (typeof v === 'symbol' && Symbol.keyFor(v) === undefined);
}

function checkSlot(store, v, method) {
  if (!isObject(v) || !$apply(slotHas, store, [v]))
    throw new TypeError(`Method ${method} called on incompatible receiver ${$displayString(v)}`);
}

function WeakRef(target) {
  if ($newTarget() === undefined) throw new TypeError("Constructor WeakRef requires 'new'");
  if (!canBeHeldWeakly(target)) throw new TypeError('WeakRef: invalid target');
  const ref = Object.create($newTarget().prototype);
  $apply(slotSet, weakRefTargets, [ref, target]);
  return ref;
}
const weakRefMethods = {
  deref() {
    checkSlot(weakRefTargets, this, 'WeakRef.prototype.deref');
    return $apply(slotGet, weakRefTargets, [this]);
  },
};

function FinalizationRegistry(cleanup) {
  if ($newTarget() === undefined) throw new TypeError("Constructor FinalizationRegistry requires 'new'");
  if (typeof cleanup !== 'function') throw new TypeError('FinalizationRegistry: cleanup must be callable');
  const registry = Object.create($newTarget().prototype);
  $apply(slotSet, registryCells, [registry, []]);
  return registry;
}
const registryMethods = {
  register(target, heldValue, unregisterToken) {
    checkSlot(registryCells, this, 'FinalizationRegistry.prototype.register');
    if (!canBeHeldWeakly(target)) throw new TypeError('FinalizationRegistry.prototype.register: invalid target');
    if (target === heldValue)
      throw new TypeError('FinalizationRegistry.prototype.register: target and holdings must not be same');
    if (unregisterToken !== undefined && !canBeHeldWeakly(unregisterToken))
      throw new TypeError(`Invalid unregisterToken ('${$displayString(unregisterToken)}')`);
    if (unregisterToken !== undefined) {
      const cells = $apply(slotGet, registryCells, [this]);
      cells[cells.length] = unregisterToken;
    }
    return undefined;
  },
  unregister(unregisterToken) {
    checkSlot(registryCells, this, 'FinalizationRegistry.prototype.unregister');
    if (!canBeHeldWeakly(unregisterToken))
      throw new TypeError(`Invalid unregisterToken ('${$displayString(unregisterToken)}')`);
    const cells = $apply(slotGet, registryCells, [this]);
    let removed = false;
    for (let i = cells.length - 1; i >= 0; i--) {
      if (cells[i] !== unregisterToken) continue;
      for (let j = i; j + 1 < cells.length; j++) cells[j] = cells[j + 1];
      cells.length = cells.length - 1;
      removed = true;
    }
    return removed;
  },
};

for (const [ctor, methods, tag] of [[WeakRef, weakRefMethods, 'WeakRef'],
  [FinalizationRegistry, registryMethods, 'FinalizationRegistry']]) {
  const proto = ctor.prototype;
  for (const name of Object.keys(methods)) $defineMethod(proto, name, methods[name]);
  $defineValue(proto, Symbol.toStringTag, tag, 4); // configurable only
  $defineValue(ctor, 'prototype', proto, 0);
  $defineMethod($global, tag, ctor);
}
