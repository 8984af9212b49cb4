// Reflect (ECMA-262 28.1).  Without proxies every target is an ordinary
// (or built-in exotic) object, so the functions are the ordinary internal
// methods; get and set follow the prototype chain here so that getters and
// setters run with the receiver given.  bi_reflect.c has the steps only C
// can take ($apply, $construct, $reflectDelete; $reflectDefine is in
// bi_object.c).

// $defineBuiltin gives these V8's "at Reflect.get (<anonymous>)" frames;
// Reflect.apply and Reflect.construct have none in V8.

const reflectGOPD = Object.getOwnPropertyDescriptor;
const reflectNames = Object.getOwnPropertyNames;
const reflectSymbols = Object.getOwnPropertySymbols;
const reflectHasOwn = Object.hasOwn;
const reflectIsExtensible = Object.isExtensible;
const reflectPreventExtensions = Object.preventExtensions;

function requireTarget(v, name) {
  if (!isObject(v)) throw new TypeError(`Reflect.${name} called on non-object`);
}

// ToPropertyKey (7.1.19).
function toPropertyKey(k) {
  if (isObject(k)) k = hooks.toPrimitive(k, 'string');
  return typeof k === 'symbol' ? k : `${k}`;
}

// CreateListFromArrayLike (7.3.19), any element type.
function listFromArrayLike(v) {
  if (!isObject(v)) throw new TypeError('CreateListFromArrayLike called on non-object');
  const n = toLength(v.length), out = [];
  for (let i = 0; i < n; i++) out[i] = v[i];
  return out;
}

function typeWord(v) {
  if (v === null) return 'null';
  const t = typeof v;
  return t === 'object' || t === 'function' ? 'an object' : t === 'undefined' ? 'undefined' : `a ${t}`;
}

function notConstructor(v) {
  return new TypeError(`${$displayString(v)} is not a constructor`);
}

function isAccessorDesc(d) {
  return !reflectHasOwn(d, 'value');
}

// OrdinarySet (10.1.9.2) from target, with receiver.
function ordinarySet(target, key, value, receiver) {
  let d;
  for (let o = target; o !== null && d === undefined; o = $getPrototypeOf(o)) d = reflectGOPD(o, key);
  if (d !== undefined && isAccessorDesc(d)) {
    if (d.set === undefined) return false;
    $apply(d.set, receiver, [value]);
    return true;
  }
  if (d !== undefined && !d.writable) return false;
  if (!isObject(receiver)) return false;
  const existing = reflectGOPD(receiver, key);
  if (existing !== undefined) {
    if (isAccessorDesc(existing) || !existing.writable) return false;
    // an own writable data property: assignment is [[DefineOwnProperty]]
    // with { value } (and keeps an array's length semantics)
    receiver[key] = value;
    return true;
  }
  return $reflectDefine(receiver, key, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
}

const Reflect = {};
const reflectMethods = {
  defineProperty(target, key, attributes) {
    requireTarget(target, 'defineProperty');
    return $reflectDefine(target, toPropertyKey(key), attributes);
  },
  deleteProperty(target, key) {
    requireTarget(target, 'deleteProperty');
    return $reflectDelete(target, toPropertyKey(key));
  },
  apply(fn, thisArg, args) {
    if (typeof fn !== 'function') {
      const shown = typeof fn === 'symbol' ? fn.toString() : isObject(fn) ? $displayString(fn) : `${fn}`;
      throw new TypeError(`Function.prototype.apply was called on ${shown}, which is ${typeWord(fn)} and not a function`);
    }
    return $apply(fn, thisArg, listFromArrayLike(args));
  },
  construct(target, args, ...rest) {
    if (!$isConstructor(target)) throw notConstructor(target);
    const newTarget = rest.length > 0 ? rest[0] : target;
    if (!$isConstructor(newTarget)) throw notConstructor(newTarget);
    return $construct(target, listFromArrayLike(args), newTarget);
  },
  get(target, key, ...rest) {
    requireTarget(target, 'get');
    const k = toPropertyKey(key);
    if (rest.length === 0) return target[k];
    for (let o = target; o !== null; o = $getPrototypeOf(o)) {
      const d = reflectGOPD(o, k);
      if (d === undefined) continue;
      if (!isAccessorDesc(d)) return d.value;
      return d.get === undefined ? undefined : $apply(d.get, rest[0], []);
    }
    return undefined;
  },
  getOwnPropertyDescriptor(target, key) {
    requireTarget(target, 'getOwnPropertyDescriptor');
    return reflectGOPD(target, toPropertyKey(key));
  },
  getPrototypeOf(target) {
    requireTarget(target, 'getPrototypeOf');
    return $getPrototypeOf(target);
  },
  has(target, key) {
    requireTarget(target, 'has');
    return toPropertyKey(key) in target;
  },
  isExtensible(target) {
    requireTarget(target, 'isExtensible');
    return reflectIsExtensible(target);
  },
  ownKeys(target) {
    requireTarget(target, 'ownKeys');
    const keys = reflectNames(target), syms = reflectSymbols(target);
    for (let i = 0; i < syms.length; i++) keys[keys.length] = syms[i];
    return keys;
  },
  preventExtensions(target) {
    requireTarget(target, 'preventExtensions');
    reflectPreventExtensions(target);
    return true;
  },
  set(target, key, value, ...rest) {
    requireTarget(target, 'set');
    return ordinarySet(target, toPropertyKey(key), value, rest.length > 0 ? rest[0] : target);
  },
  setPrototypeOf(target, proto) {
    requireTarget(target, 'setPrototypeOf');
    if (!isObject(proto) && proto !== null)
      throw new TypeError(`Object prototype may only be an Object or null: ${$displayString(proto)}`);
    if ($getPrototypeOf(target) === proto) return true;
    if (!reflectIsExtensible(target)) return false;
    for (let p = proto; p !== null; p = $getPrototypeOf(p)) if (p === target) return false;
    $setPrototypeOf(target, proto);
    return true;
  },
};
// V8's property order.
for (const name of ['defineProperty', 'deleteProperty', 'apply', 'construct', 'get', 'getOwnPropertyDescriptor',
  'getPrototypeOf', 'has', 'isExtensible', 'ownKeys', 'preventExtensions', 'set', 'setPrototypeOf']) {
  if (name === 'apply' || name === 'construct') $defineMethod(Reflect, name, reflectMethods[name]);
  else $defineBuiltin(Reflect, name, reflectMethods[name]);
}
setLength(Reflect.apply, 3);
setLength(Reflect.construct, 2);
setLength(Reflect.get, 2);
setLength(Reflect.set, 3);
$defineValue(Reflect, Symbol.toStringTag, 'Reflect', 4);
$defineMethod($global, 'Reflect', Reflect);
