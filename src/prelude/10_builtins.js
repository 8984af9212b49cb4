// Built-ins that call user code: Object.assign/values/entries, the array
// methods taking callbacks, Array.from, Map/Set forEach, JSON.stringify.

function toObject(v, what) {
  if (v === undefined || v === null) throw new TypeError(`Cannot convert undefined or null to object`);
  return Object(v);
}

function toLength(v) {
  const n = +v;
  if (!(n > 0)) return 0;
  return n > 9007199254740991 ? 9007199254740991 : Math.floor(n);
}

function requireCallable(f) {
  if (typeof f !== 'function') {
    let shown;
    if (typeof f === 'string') shown = `"${f}"`;
    else if (typeof f === 'symbol') shown = f.toString();
    else if (isObject(f)) shown = $isArray(f) ? `[object Array]` : '#<Object>';
    else shown = `${f}`;
    throw new TypeError(`${shown} is not a function`);
  }
}

// --- Object ------------------------------------------------------------------

const objectStatics = {
  assign(target, ...sources) {
    const to = toObject(target);
    for (const src of sources) {
      if (src === undefined || src === null) continue;
      const from = Object(src);
      const keys = $ownKeys(from, true, true);
      for (let i = 0; i < keys.length; i++) to[keys[i]] = from[keys[i]];
    }
    return to;
  },
  values(o) {
    const obj = toObject(o);
    const keys = $ownKeys(obj, true, false);
    const out = [];
    for (let i = 0; i < keys.length; i++) out[i] = obj[keys[i]];
    return out;
  },
  entries(o) {
    const obj = toObject(o);
    const keys = $ownKeys(obj, true, false);
    const out = [];
    for (let i = 0; i < keys.length; i++) out[i] = [keys[i], obj[keys[i]]];
    return out;
  },
  fromEntries(iterable) {
    const out = {};
    for (const entry of iterable) {
      if (!isObject(entry)) throw new TypeError(`Iterator value ${entry} is not an entry object`);
      $defineValue(out, `${entry[0]}` === entry[0] || typeof entry[0] === 'symbol' ? entry[0] : `${entry[0]}`, entry[1], 7);
    }
    return out;
  },
  getOwnPropertyDescriptors(o) {
    const obj = toObject(o);
    const keys = $ownKeys(obj, false, true);
    const out = {};
    for (let i = 0; i < keys.length; i++) {
      const d = Object.getOwnPropertyDescriptor(obj, keys[i]);
      if (d !== undefined) $defineValue(out, keys[i], d, 7);
    }
    return out;
  },
  defineProperties(o, props) {
    const p = toObject(props);
    const keys = $ownKeys(p, true, true);
    for (let i = 0; i < keys.length; i++) Object.defineProperty(o, keys[i], p[keys[i]]);
    return o;
  },
};
for (const name of ['assign', 'values', 'entries', 'fromEntries', 'getOwnPropertyDescriptors', 'defineProperties']) $defineBuiltin(Object, name, objectStatics[name]);
$setHook('defineProperties', objectStatics.defineProperties);
setLength(Object.assign, 2);

// Legacy accessor helpers (Annex B.2.2).
const legacyAccessors = {
  __defineGetter__(key, getter) {
    requireCallable(getter);
    Object.defineProperty(toObject(this), key, { get: getter, enumerable: true, configurable: true });
  },
  __defineSetter__(key, setter) {
    requireCallable(setter);
    Object.defineProperty(toObject(this), key, { set: setter, enumerable: true, configurable: true });
  },
  __lookupGetter__(key) {
    for (let o = toObject(this); o !== null; o = $getPrototypeOf(o)) {
      const d = Object.getOwnPropertyDescriptor(o, key);
      if (d !== undefined) return d.get;
    }
    return undefined;
  },
  __lookupSetter__(key) {
    for (let o = toObject(this); o !== null; o = $getPrototypeOf(o)) {
      const d = Object.getOwnPropertyDescriptor(o, key);
      if (d !== undefined) return d.set;
    }
    return undefined;
  },
};
for (const name of Object.keys(legacyAccessors)) $defineBuiltin($ObjectProto, name, legacyAccessors[name]);
$defineBuiltin($ObjectProto, 'toLocaleString', function toLocaleString() { return this.toString(); });

// --- Array ----------------------------------------------------------------------

const arrayMethods = {
  forEach(fn, thisArg) {
    const o = toObject(this), len = toLength(o.length);
    requireCallable(fn);
    for (let i = 0; i < len; i++) if (i in o) fn.call(thisArg, o[i], i, o);
  },
  map(fn, thisArg) {
    const o = toObject(this), len = toLength(o.length);
    requireCallable(fn);
    const out = new Array(len);
    for (let i = 0; i < len; i++) if (i in o) out[i] = fn.call(thisArg, o[i], i, o);
    return out;
  },
  filter(fn, thisArg) {
    const o = toObject(this), len = toLength(o.length);
    requireCallable(fn);
    const out = [];
    for (let i = 0; i < len; i++) {
      if (!(i in o)) continue;
      const v = o[i];
      if (fn.call(thisArg, v, i, o)) out[out.length] = v;
    }
    return out;
  },
  reduce(fn, ...init) {
    const o = toObject(this), len = toLength(o.length);
    requireCallable(fn);
    let i = 0, acc;
    if (init.length > 0) acc = init[0];
    else {
      while (i < len && !(i in o)) i++;
      if (i >= len) throw new TypeError('Reduce of empty array with no initial value');
      acc = o[i++];
    }
    for (; i < len; i++) if (i in o) acc = fn(acc, o[i], i, o);
    return acc;
  },
  reduceRight(fn, ...init) {
    const o = toObject(this), len = toLength(o.length);
    requireCallable(fn);
    let i = len - 1, acc;
    if (init.length > 0) acc = init[0];
    else {
      while (i >= 0 && !(i in o)) i--;
      if (i < 0) throw new TypeError('Reduce of empty array with no initial value');
      acc = o[i--];
    }
    for (; i >= 0; i--) if (i in o) acc = fn(acc, o[i], i, o);
    return acc;
  },
  find(fn, thisArg) {
    const o = toObject(this), len = toLength(o.length);
    requireCallable(fn);
    for (let i = 0; i < len; i++) if (fn.call(thisArg, o[i], i, o)) return o[i];
    return undefined;
  },
  findIndex(fn, thisArg) {
    const o = toObject(this), len = toLength(o.length);
    requireCallable(fn);
    for (let i = 0; i < len; i++) if (fn.call(thisArg, o[i], i, o)) return i;
    return -1;
  },
  findLast(fn, thisArg) {
    const o = toObject(this), len = toLength(o.length);
    requireCallable(fn);
    for (let i = len - 1; i >= 0; i--) if (fn.call(thisArg, o[i], i, o)) return o[i];
    return undefined;
  },
  findLastIndex(fn, thisArg) {
    const o = toObject(this), len = toLength(o.length);
    requireCallable(fn);
    for (let i = len - 1; i >= 0; i--) if (fn.call(thisArg, o[i], i, o)) return i;
    return -1;
  },
  some(fn, thisArg) {
    const o = toObject(this), len = toLength(o.length);
    requireCallable(fn);
    for (let i = 0; i < len; i++) if (i in o && fn.call(thisArg, o[i], i, o)) return true;
    return false;
  },
  every(fn, thisArg) {
    const o = toObject(this), len = toLength(o.length);
    requireCallable(fn);
    for (let i = 0; i < len; i++) if (i in o && !fn.call(thisArg, o[i], i, o)) return false;
    return true;
  },
  sort(cmp) {
    if (cmp !== undefined && typeof cmp !== 'function')
      throw new TypeError('The comparison function must be either a function or undefined');
    const o = toObject(this), len = toLength(o.length);
    if (len < 2) return o;
    const items = [];
    let holes = 0, undefs = 0;
    for (let i = 0; i < len; i++) {
      if (!(i in o)) holes++;
      else if (o[i] === undefined) undefs++;
      else items[items.length] = o[i];
    }
    const compare = cmp !== undefined
      ? (a, b) => { const r = +cmp(a, b); return r !== r ? 0 : r; }
      : (a, b) => { const x = `${a}`, y = `${b}`; return x < y ? -1 : x > y ? 1 : 0; };
    mergeSort(items, compare);
    let k = 0;
    for (; k < items.length; k++) o[k] = items[k];
    for (let j = 0; j < undefs; j++) o[k++] = undefined;
    for (let j = 0; j < holes; j++) delete o[k++];
    return o;
  },
  flat(depth) {
    const o = toObject(this);
    const d = depth === undefined ? 1 : Math.trunc(+depth) || 0;
    const out = [];
    flatten(out, o, d);
    return out;
  },
  flatMap(fn, thisArg) {
    const o = toObject(this), len = toLength(o.length);
    requireCallable(fn);
    const out = [];
    for (let i = 0; i < len; i++) {
      if (!(i in o)) continue;
      const v = fn.call(thisArg, o[i], i, o);
      if ($isArray(v)) flatten(out, v, 0);
      else out[out.length] = v;
    }
    return out;
  },
  toReversed() {
    const o = toObject(this), len = toLength(o.length), out = new Array(len);
    for (let i = 0; i < len; i++) out[i] = o[len - 1 - i];
    return out;
  },
  toSorted(cmp) {
    const copy = Array.from(this);
    return copy.sort(cmp);
  },
};

// Relative index arguments (start/end of slice, fill, copyWithin...).
function relIndex(v, len, dflt) {
  if (v === undefined) return dflt;
  const n = Math.trunc(+v) || 0;
  return n < 0 ? Math.max(len + n, 0) : Math.min(n, len);
}

// Methods new in ES2023 and copyWithin, for every receiver.
const arrayMethods2 = {
  copyWithin(target, start, end) {
    const o = toObject(this), len = toLength(o.length);
    let to = relIndex(target, len, 0), from = relIndex(start, len, 0);
    let count = Math.min(relIndex(end, len, len) - from, len - to), dir = 1;
    if (from < to && to < from + count) {
      dir = -1;
      from += count - 1;
      to += count - 1;
    }
    for (; count > 0; count--, from += dir, to += dir) {
      if (from in o) o[to] = o[from];
      else delete o[to];
    }
    return o;
  },
  with(index, value) {
    const o = toObject(this), len = toLength(o.length);
    const rel = Math.trunc(+index) || 0, at = rel >= 0 ? rel : len + rel;
    if (at >= len || at < 0) throw new RangeError(`Invalid index : ${index}`);
    const out = new Array(len);
    for (let i = 0; i < len; i++) out[i] = i === at ? value : o[i];
    return out;
  },
  toSpliced(start, skipCount, ...items) {
    const o = toObject(this), len = toLength(o.length);
    const from = relIndex(start, len, 0);
    const skip = arguments.length === 0 ? 0 : arguments.length === 1 ? len - from
      : Math.min(Math.max(Math.trunc(+skipCount) || 0, 0), len - from);
    const out = [];
    let n = 0;
    for (let i = 0; i < from; i++) out[n++] = o[i];
    for (let i = 0; i < items.length; i++) out[n++] = items[i];
    for (let i = from + skip; i < len; i++) out[n++] = o[i];
    return out;
  },
  toLocaleString() {
    const o = toObject(this), len = toLength(o.length);
    let r = '';
    for (let i = 0; i < len; i++) {
      if (i > 0) r += ',';
      const v = o[i];
      if (v !== undefined && v !== null) r += `${v.toLocaleString()}`;
    }
    return r;
  },
};
for (const name of Object.keys(arrayMethods2)) $defineBuiltin($ArrayProto, name, arrayMethods2[name]);
setLength($ArrayProto.copyWithin, 2);

// Generic versions of the native array methods, for receivers that are not
// arrays (bi_array.c sends them here): the spec's algorithms, property by
// property.
const arrayGeneric = {
  push(...items) {
    const o = toObject(this);
    let n = toLength(o.length);
    for (let i = 0; i < items.length; i++) o[n++] = items[i];
    o.length = n;
    return n;
  },
  pop() {
    const o = toObject(this), n = toLength(o.length);
    if (n === 0) {
      o.length = 0;
      return undefined;
    }
    const v = o[n - 1];
    delete o[n - 1];
    o.length = n - 1;
    return v;
  },
  shift() {
    const o = toObject(this), n = toLength(o.length);
    if (n === 0) {
      o.length = 0;
      return undefined;
    }
    const first = o[0];
    for (let k = 1; k < n; k++) {
      if (k in o) o[k - 1] = o[k];
      else delete o[k - 1];
    }
    delete o[n - 1];
    o.length = n - 1;
    return first;
  },
  unshift(...items) {
    const o = toObject(this), n = toLength(o.length), c = items.length;
    for (let k = n; k > 0; k--) {
      if (k - 1 in o) o[k + c - 1] = o[k - 1];
      else delete o[k + c - 1];
    }
    for (let j = 0; j < c; j++) o[j] = items[j];
    o.length = n + c;
    return n + c;
  },
  slice(start, end) {
    const o = toObject(this), len = toLength(o.length);
    const fin = relIndex(end, len, len), out = [];
    let n = 0;
    for (let k = relIndex(start, len, 0); k < fin; k++, n++) if (k in o) out[n] = o[k];
    out.length = n;
    return out;
  },
  splice(start, deleteCount, ...items) {
    const o = toObject(this), len = toLength(o.length);
    const from = relIndex(start, len, 0);
    const del = arguments.length === 0 ? 0 : arguments.length === 1 ? len - from
      : Math.min(Math.max(Math.trunc(+deleteCount) || 0, 0), len - from);
    const removed = [];
    for (let k = 0; k < del; k++) if (from + k in o) removed[k] = o[from + k];
    removed.length = del;
    const c = items.length;
    if (c < del) {
      for (let k = from; k < len - del; k++) {
        if (k + del in o) o[k + c] = o[k + del];
        else delete o[k + c];
      }
      for (let k = len; k > len - del + c; k--) delete o[k - 1];
    } else if (c > del) {
      for (let k = len - del; k > from; k--) {
        if (k + del - 1 in o) o[k + c - 1] = o[k + del - 1];
        else delete o[k + c - 1];
      }
    }
    for (let j = 0; j < c; j++) o[from + j] = items[j];
    o.length = len - del + c;
    return removed;
  },
  join(sep) {
    return joinArrayLike(toObject(this), sep);
  },
  indexOf(x, from) {
    const o = toObject(this), len = toLength(o.length);
    for (let k = relIndex(from, len, 0); k < len; k++) if (k in o && o[k] === x) return k;
    return -1;
  },
  lastIndexOf(x, ...rest) {
    const o = toObject(this), len = toLength(o.length);
    let k = len - 1;
    if (rest.length > 0) {
      const n = Math.trunc(+rest[0]) || 0;
      k = n >= 0 ? Math.min(n, len - 1) : len + n;
    }
    for (; k >= 0; k--) if (k in o && o[k] === x) return k;
    return -1;
  },
  includes(x, from) {
    const o = toObject(this), len = toLength(o.length);
    for (let k = relIndex(from, len, 0); k < len; k++) {
      const v = o[k];
      if (v === x || (v !== v && x !== x)) return true;
    }
    return false;
  },
  reverse() {
    const o = toObject(this), len = toLength(o.length);
    for (let lo = 0, hi = len - 1; lo < hi; lo++, hi--) {
      const hasLo = lo in o, hasHi = hi in o, vlo = o[lo], vhi = o[hi];
      if (hasHi) o[lo] = vhi;
      else delete o[lo];
      if (hasLo) o[hi] = vlo;
      else delete o[hi];
    }
    return o;
  },
  fill(value, start, end) {
    const o = toObject(this), len = toLength(o.length);
    const fin = relIndex(end, len, len);
    for (let k = relIndex(start, len, 0); k < fin; k++) o[k] = value;
    return o;
  },
  at(index) {
    const o = toObject(this), len = toLength(o.length);
    const rel = Math.trunc(+index) || 0, k = rel >= 0 ? rel : len + rel;
    return k < 0 || k >= len ? undefined : o[k];
  },
};
for (const name of Object.keys(arrayGeneric)) $setHook(`array.${name}`, arrayGeneric[name]);

function flatten(out, arr, depth) {
  const len = toLength(arr.length);
  for (let i = 0; i < len; i++) {
    if (!(i in arr)) continue;
    const v = arr[i];
    if (depth > 0 && $isArray(v)) flatten(out, v, depth - 1);
    else out[out.length] = v;
  }
}

// Stable merge sort (V8's TimSort is stable too, so equal elements keep
// their order for any consistent comparator).
function mergeSort(a, cmp) {
  const n = a.length;
  if (n < 2) return;
  let src = a.slice(), dst = a;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) dst[k++] = cmp(src[j], src[i]) < 0 ? src[j++] : src[i++];
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== a) for (let i = 0; i < n; i++) a[i] = src[i];
}

for (const name of Object.keys(arrayMethods)) $defineBuiltin($ArrayProto, name, arrayMethods[name]);

// A built-in's `length` counts only its required parameters (thisArg and
// other optional ones are not), unlike the JavaScript above.
function setLength(fn, n) { $defineValue(fn, 'length', n, 4); }
for (const name of ['every', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap', 'forEach', 'map', 'some'])
  setLength($ArrayProto[name], 1);
setLength($ArrayProto.flat, 0);

$defineBuiltin(Array, 'from', function from(items, mapFn, thisArg) {
  if (mapFn !== undefined) requireCallable(mapFn);
  const out = [];
  if (items === undefined || items === null)
    throw new TypeError(`${items === null ? 'object null' : 'undefined'} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  const usingIterator = items[$symIterator];
  if (usingIterator !== undefined && usingIterator !== null) {
    if (typeof usingIterator !== 'function')
      throw new TypeError('%Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function');
    let i = 0;
    for (const v of items) {
      out[i] = mapFn ? mapFn.call(thisArg, v, i) : v;
      i++;
    }
    return out;
  }
  const o = Object(items);
  if (mapFn === undefined) {
    const fast = $arrayFromArrayLike(o);
    if (fast !== undefined) return fast;
  }
  const len = toLength(o.length);
  for (let i = 0; i < len; i++) out[i] = mapFn ? mapFn.call(thisArg, o[i], i) : o[i];
  return out;
});

// --- Map / Set -------------------------------------------------------------------

$setHook('mapFill', function mapFill(map, iterable) {
  const adder = map.set;
  for (const entry of iterable) {
    if (!isObject(entry)) throw new TypeError(`Iterator value ${entry} is not an entry object`);
    adder.call(map, entry[0], entry[1]);
  }
  return map;
});
$setHook('setFill', function setFill(set, iterable) {
  const adder = set.add;
  for (const v of iterable) adder.call(set, v);
  return set;
});
setLength(Array.from, 1);
$defineBuiltin($MapProto, 'forEach', function forEach(fn, thisArg) {
  requireCallable(fn);
  for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
});
$defineBuiltin($SetProto, 'forEach', function forEach(fn, thisArg) {
  requireCallable(fn);
  for (const v of this.values()) fn.call(thisArg, v, v, this);
});
setLength($MapProto.forEach, 1);
setLength($SetProto.forEach, 1);

// --- String ------------------------------------------------------------------------

$defineBuiltin(String, 'raw', function raw(strings, ...subs) {
  const r = strings.raw;
  let out = '';
  for (let i = 0; i < r.length; i++) {
    out += r[i];
    if (i + 1 < r.length && i < subs.length) out += `${subs[i]}`;
  }
  return out;
});

// --- JSON.stringify (ECMA-262 25.5.2) -------------------------------------------------

// V8's message for a cycle: the object met again, the steps from it to the
// holder (the middle elided past three), the key that closes the circle.
function circularMessage(stack, via, v, inArray, key) {
  const from = stack.indexOf(v), n = stack.length - from - 1;
  let m = `Converting circular structure to JSON\n    --> starting at object with constructor '${$ctorName(v)}'`;
  for (let i = 1; i <= n; i++) {
    if (n > 3 && i === 3) {
      m += '\n    |     ...';
      i = n - 1;
      continue;
    }
    m += `\n    |     ${via[from + i]} -> object with constructor '${$ctorName(stack[from + i])}'`;
  }
  const closing = inArray ? `index ${key}` : key === '' ? '<anonymous>' : `property '${key}'`;
  return `${m}\n    --- ${closing} closes the circle`;
}

function jsonStringify(value, replacer, space) {
  let gap = '';
  if (typeof space === 'number') gap = ' '.repeat(Math.max(0, Math.min(10, Math.trunc(space))));
  else if (typeof space === 'string') gap = space.slice(0, 10);
  let replacerFn, allow;
  if (typeof replacer === 'function') replacerFn = replacer;
  else if ($isArray(replacer)) {
    allow = [];
    for (const k of replacer) {
      const key = typeof k === 'number' ? `${k}` : typeof k === 'string' ? k : undefined;
      if (key !== undefined && !allow.includes(key)) allow[allow.length] = key;
    }
  }
  const stack = [], via = [];
  function ser(holder, key, indent) {
    let v = holder[key];
    if (isObject(v) || typeof v === 'bigint') {
      const toJSON = v.toJSON;
      if (typeof toJSON === 'function') v = toJSON.call(v, key);
    }
    if (replacerFn) v = replacerFn.call(holder, key, v);
    if (isObject(v) && typeof v !== 'function') {
      const tag = $ObjectProto.toString.call(v);
      if (tag === '[object Number]') v = +v;
      else if (tag === '[object String]') v = `${v}`;
      else if (tag === '[object Boolean]' || tag === '[object BigInt]') v = v.valueOf();
    }
    if (v === null) return 'null';
    if (v === true) return 'true';
    if (v === false) return 'false';
    if (typeof v === 'string') return $jsonQuote(v);
    if (typeof v === 'number') return isFinite(v) ? `${v}` : 'null';
    if (typeof v === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
    if (!isObject(v) || typeof v === 'function') return undefined;
    if (stack.includes(v)) throw new TypeError(circularMessage(stack, via, v, $isArray(holder), key));
    via[stack.length] = $isArray(holder) ? `index ${key}` : key === '' ? '<anonymous>' : `property '${key}'`;
    stack[stack.length] = v;
    const inner = indent + gap;
    const parts = [];
    let res;
    if ($isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const s = ser(v, `${i}`, inner);
        parts[parts.length] = s === undefined ? 'null' : s;
      }
      if (parts.length === 0) res = '[]';
      else if (gap === '') res = `[${parts.join(',')}]`;
      else res = `[\n${inner}${parts.join(`,\n${inner}`)}\n${indent}]`;
    } else {
      const keys = allow || $ownKeys(v, true, false);
      for (const k of keys) {
        const s = ser(v, k, inner);
        if (s !== undefined) parts[parts.length] = `${$jsonQuote(k)}:${gap === '' ? '' : ' '}${s}`;
      }
      if (parts.length === 0) res = '{}';
      else if (gap === '') res = `{${parts.join(',')}}`;
      else res = `{\n${inner}${parts.join(`,\n${inner}`)}\n${indent}}`;
    }
    stack.length = stack.length - 1;
    return res;
  }
  return ser({ '': value }, '', '');
}
$defineBuiltin(JSON, 'stringify', function stringify(value, replacer, space) {
  return jsonStringify(value, replacer, space);
});
$setHook('jsonParseObject', function parse(text, reviver) { return JSON.parse(`${text}`, reviver); });
$setHook('jsonRevive', function revive(value, reviver) {
  function walk(holder, key) {
    const v = holder[key];
    if (isObject(v)) {
      const keys = $isArray(v) ? Object.keys(v) : $ownKeys(v, true, false);
      for (const k of keys) {
        const nv = walk(v, k);
        if (nv === undefined) delete v[k];
        else v[k] = nv;
      }
    }
    return reviver.call(holder, key, v);
  }
  return walk({ '': value }, '');
});

// --- util.format placeholders that run JavaScript --------------------------------------
// inspect.c formats console.log arguments itself unless a placeholder needs
// user code: %j (JSON.stringify, toJSON), %s of an object with its own
// toString, %d/%i/%f of an object (valueOf).  Then these run node's
// formatWithOptions loop, asking $formatArg for every other placeholder.

function tryStringify(v) {
  try {
    return jsonStringify(v);
  } catch (e) {
    if (e instanceof TypeError && `${e.message}`.startsWith('Converting circular structure to JSON')) return '[Circular]';
    throw e;
  }
}

function formatPlaceholder(c, v) {
  const t = $formatArg(c, v);
  if (t === null) { // v has a [util.inspect.custom] function
    if (c === 'o') return $inspect(v, { showHidden: true, showProxy: true, depth: 4 });
    return c === 's' ? $inspect(v, { depth: 0, colors: false, compact: 3 }) : $inspect(v);
  }
  if (t !== undefined) return t;
  if (c === 'j') return `${tryStringify(v)}`;
  if (c === 's') return `${v}`;
  if (c === 'd') return $formatArg('d', hooks.numberOf(v)); // node: Number(v)
  if (c === 'i') return $formatArg('i', parseInt(`${v}`));
  return $formatArg('f', parseFloat(`${v}`));
}

function formatSlow(...args) {
  const first = args[0];
  let a = 0, str = '', lastPos = 0;
  for (let i = 0; typeof first === 'string' && i < first.length - 1; i++) {
    if (first.charCodeAt(i) !== 37) continue;
    const c = first[++i];
    if (a + 1 !== args.length) {
      if (c === '%') {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
        continue;
      }
      if (!'sjdOoifc'.includes(c)) continue;
      const t = formatPlaceholder(c, args[++a]);
      if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
      str += t;
      lastPos = i + 1;
    } else if (c === '%') {
      str += first.slice(lastPos, i);
      lastPos = i + 1;
    }
  }
  let join = '';
  if (lastPos !== 0) {
    a++;
    join = ' ';
    if (lastPos < first.length) str += first.slice(lastPos);
  }
  for (; a < args.length; a++) {
    const v = args[a];
    str += join;
    str += typeof v !== 'string' ? $inspect(v) : v;
    join = ' ';
  }
  return str;
}
$setHook('formatSlow', formatSlow);
const consoleLog = console.log, consoleError = console.error;
$setHook('logSlow', function logSlow(fd, ...args) {
  return (fd === 2 ? consoleError : consoleLog).call(this, formatSlow(...args));
});

// --- Error constructor options and AggregateError lists that need JavaScript --------------
$setHook('errorCause', function errorCause(error, options) {
  $defineValue(error, 'cause', options.cause, 5);
  return error;
});
$setHook('aggregateErrors', function aggregateErrors(error, errors) {
  $defineValue(error, 'errors', [...errors], 5);
  return error;
});

// --- console.count / countReset / table ------------------------------------------------
const counts = new Map();
$defineMethod(console, 'count', function count(label = 'default') {
  const key = `${label}`;
  const n = (counts.get(key) || 0) + 1;
  counts.set(key, n);
  this.log(`${key}: ${n}`);
});
$defineMethod(console, 'countReset', function countReset(label = 'default') {
  const key = `${label}`;
  if (!counts.has(key)) {
    process.emitWarning(`Count for '${key}' does not exist`);
    return;
  }
  counts.set(key, 0);
});

// --- console.time / timeLog / timeEnd (the virtual clock: performance.now) -------------------
const timeLabels = new Map();
// node's formatTime: "12.5ms", "1.209s", "1:02.500 (m:ss.mmm)", "1:00:02.500 (h:mm:ss.mmm)"
function formatTime(ms) {
  let hours = 0, minutes = 0, seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  const pad = (v) => `${v}`.padStart(2, '0');
  if (hours !== 0 || minutes !== 0) {
    const [s, frac] = seconds.toFixed(3).split('.');
    const head = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${head}:${pad(s)}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}
function timeLogged(self, name, label, end, data) {
  const key = `${label}`;
  if (!timeLabels.has(key)) {
    process.emitWarning(`No such label '${key}' for console.${name}()`);
    return;
  }
  const text = `${key}: ${formatTime($perfNow() - timeLabels.get(key))}`;
  if (end) timeLabels.delete(key);
  self.log(text, ...data);
}
$defineMethod(console, 'time', function time(label = 'default') {
  const key = `${label}`;
  if (timeLabels.has(key)) {
    process.emitWarning(`Label '${key}' already exists for console.time()`);
    return;
  }
  timeLabels.set(key, $perfNow());
});
$defineMethod(console, 'timeEnd', function timeEnd(label = 'default') { timeLogged(this, 'timeEnd', label, true, []); });
$defineMethod(console, 'timeLog', function timeLog(label = 'default', ...data) {
  timeLogged(this, 'timeLog', label, false, data);
});

// Columns a string takes in a terminal (node's getStringWidth): wide East
// Asian characters and emoji count two, combining marks none.
function stringWidth(s) {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if ((c >= 0x300 && c <= 0x36f) || c === 0x200b || (c >= 0xfe00 && c <= 0xfe0f)) continue;
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x1f900 && c <= 0x1f9ff) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

// node's lib/internal/cli_table.js (left-aligned cells, as in node 20).
function renderTable(head, columns) {
  const widths = head.map((h) => stringWidth(h));
  const longest = Math.max(...columns.map((c) => c.length));
  const rows = [];
  for (let i = 0; i < head.length; i++) {
    for (let j = 0; j < longest; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const v = rows[j][i] = Object.prototype.hasOwnProperty.call(columns[i], j) ? columns[i][j] : '';
      widths[i] = Math.max(widths[i] || 0, stringWidth(v));
    }
  }
  const row = (cells) => {
    let out = '│ ';
    for (let i = 0; i < cells.length; i++) {
      out += cells[i] + ' '.repeat(widths[i] - stringWidth(cells[i]));
      if (i !== cells.length - 1) out += ' │ ';
    }
    return out + ' │';
  };
  const divider = widths.map((w) => '─'.repeat(w + 2));
  let result = `┌${divider.join('┬')}┐\n${row(head)}\n├${divider.join('┼')}┤\n`;
  for (const r of rows) result += `${row(r)}\n`;
  return result + `└${divider.join('┴')}┘`;
}

$defineMethod(console, 'table', function table(data, properties) {
  if (data === null || typeof data !== 'object') return this.log(data);
  const inspectCell = (v) => {
    const flat = v !== null && typeof v === 'object' && !$isArray(v) && Object.keys(v).length > 2;
    return $inspect(v, { depth: flat ? -1 : 0, maxArrayLength: 3, breakLength: Infinity });
  };
  const indexArray = (n) => Array.from({ length: n }, (_, i) => inspectCell(i));
  if (data instanceof Map) {
    const keys = [], values = [];
    for (const [k, v] of data) {
      keys[keys.length] = inspectCell(k);
      values[values.length] = inspectCell(v);
    }
    return this.log(renderTable(['(iteration index)', 'Key', 'Values'], [indexArray(keys.length), keys, values]));
  }
  if (data instanceof Set) {
    const values = [];
    for (const v of data) values[values.length] = inspectCell(v);
    return this.log(renderTable(['(iteration index)', 'Values'], [indexArray(values.length), values]));
  }
  const map = Object.create(null);
  let hasPrimitives = false;
  const primitives = [];
  const index = Object.keys(data);
  for (let i = 0; i < index.length; i++) {
    const item = data[index[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitives[i] = inspectCell(item);
    } else {
      for (const key of properties || Object.keys(item)) {
        if (map[key] === undefined) map[key] = [];
        map[key][i] = (primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key) ? '' : inspectCell(item[key]);
      }
    }
  }
  const head = Object.keys(map), columns = Object.values(map);
  if (hasPrimitives) {
    head[head.length] = 'Values';
    columns[columns.length] = primitives;
  }
  return this.log(renderTable(['(index)', ...head], [index, ...columns]));
});
