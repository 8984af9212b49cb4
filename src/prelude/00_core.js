'use strict';
// The prelude: built-ins written in JavaScript.  It runs once when a realm
// is set up, with $name intrinsics that user code cannot reach.  Everything
// that calls back into user code (getters, callbacks, thenables, species
// constructors) lives here, so the VM never runs JavaScript from C.
//
// Conventions: install methods with $defineMethod (non-enumerable, like the
// real built-ins; $defineBuiltin for ECMAScript built-ins, whose frames stack
// traces show as V8 shows its built-ins'); avoid calling methods user code may patch (index
// assignment instead of push, intrinsics instead of globals).

const hooks = $hooks;

function isObject(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function describe(v) {
  if (typeof v === 'string') return `type string ('${v}')`;
  if (typeof v === 'number') return `type number (${v})`;
  if (typeof v === 'boolean') return `type boolean (${v})`;
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'function') return `function ${v.name}`;
  if (typeof v === 'symbol') return 'type symbol';
  if (typeof v === 'bigint') return `type bigint (${v}n)`;
  return 'an instance of Object';
}

function invalidArgType(name, expected, v) {
  const e = new TypeError(`The "${name}" argument must be ${expected}. Received ${describe(v)}`);
  $defineValue(e, 'code', 'ERR_INVALID_ARG_TYPE', 7);
  return e;
}

// --- conversions the VM asks for -------------------------------------------

// OrdinaryToPrimitive / @@toPrimitive (ECMA-262 7.1.1).
$setHook('toPrimitive', function toPrimitive(v, hint) {
  const exotic = v[$symToPrimitive];
  if (exotic !== undefined && exotic !== null) {
    if (typeof exotic !== 'function') throw new TypeError('Symbol.toPrimitive is not a function');
    const r = exotic.call(v, hint);
    if (!isObject(r)) return r;
    throw new TypeError('Cannot convert object to primitive value');
  }
  return ordinaryToPrimitive(v, hint === 'string' ? 'string' : 'number');
});
// OrdinaryToPrimitive (ECMA-262 7.1.1.1): hint 'string' or 'number'.
function ordinaryToPrimitive(v, hint) {
  const order = hint === 'string' ? ['toString', 'valueOf'] : ['valueOf', 'toString'];
  for (let i = 0; i < 2; i++) {
    const m = v[order[i]];
    if (typeof m === 'function') {
      const r = m.call(v);
      if (!isObject(r)) return r;
    }
  }
  throw new TypeError('Cannot convert object to primitive value');
}

$setHook('stringOf', function stringOf(v) { return `${v}`; });
$setHook('numberOf', function numberOf(v) {
  const p = hooks.toPrimitive(v, 'number');
  return typeof p === 'bigint' ? $bigintToNumber(p) : +p;
});
$setHook('bigintOf', function bigintOf(v) { return $bigintOfPrimitive(hooks.toPrimitive(v, 'number')); });
$setHook('bigintArgOf', function bigintArgOf(fn, bits, v) { return fn(bits, hooks.toPrimitive(v, 'number')); });
$setHook('iterToArray', function iterToArray(v) {
  const out = [];
  for (const x of v) out[out.length] = x;
  return out;
});
// InstanceofOperator (ECMA-262 13.10.2) when C has its own Symbol.hasInstance.
const symHasInstance = Symbol.hasInstance;
$setHook('instanceofSlow', function instanceofSlow(v, C) {
  const h = C[symHasInstance];
  if (h === undefined || h === null) return $FunctionProto[symHasInstance].call(C, v);
  if (typeof h !== 'function') h(); // throws V8's "number 5 is not a function"
  return !!h.call(C, v);
});

// Object.prototype.toString when Symbol.toStringTag is a getter.
$setHook('toStringTagGetter', function toString(getter, builtinTag) {
  const tag = getter.call(this);
  return `[object ${typeof tag === 'string' ? tag : builtinTag}]`;
});
$setHook('objectToString', function objectToString() {
  return $ObjectProto.toString.call(this);
});
// Array.prototype.join for any receiver.  An array met again while it is
// being joined (a cycle) joins to '', as in V8.
const joining = [];
const arrayJoin = $ArrayProto.join;
function joinArrayLike(o, sep) {
  for (let i = 0; i < joining.length; i++) if (joining[i] === o) return '';
  const len = toLength(o.length);
  const s = sep === undefined ? ',' : `${sep}`;
  joining[joining.length] = o;
  const parts = []; // joined natively at the end: `r += part` would copy r every time
  try {
    for (let i = 0; i < len; i++) {
      const v = o[i];
      parts[i] = v === undefined || v === null ? '' : `${v}`;
    }
  } finally {
    joining.length = joining.length - 1;
  }
  return $apply(arrayJoin, parts, [s]);
}
$setHook('joinSlow', function join(sep) { return joinArrayLike(this, sep); });
$setHook('concatSlow', function concat(...parts) {
  let r = `${this}`;
  for (let i = 0; i < parts.length; i++) r += `${parts[i]}`;
  return r;
});
$setHook('applyArrayLike', function applyArrayLike(fn, thisArg, list) {
  const args = [];
  const n = list.length >>> 0;
  for (let i = 0; i < n; i++) args[i] = list[i];
  return fn.call(thisArg, ...args);
});

// A native's number and string arguments that are objects or symbols
// (realm_coerce_args, NF_NUM/NF_STR in realm.h): converted in order, as the
// built-in would (valueOf / toString / @@toPrimitive run, a symbol throws),
// then the native is called again with primitives.
$setHook('coerceArgs', function coerceArgs(fn, self, flags, args) {
  if (flags & 32 && isObject(args[0])) { // a RegExp (Symbol.replace...) for a string: 15_regexp.js
    const r = hooks.stringRegexp(fn, self, args);
    if (r !== hooks) return r;
  }
  for (let i = 0; i < args.length; i++) {
    const v = args[i];
    if (!isObject(v) && typeof v !== 'symbol' && typeof v !== 'bigint') continue;
    const k = flags & 4096 ? 1 : i < 4 ? (flags >> (4 + 2 * i)) & 3 : 0;
    if (k === 1) args[i] = +v;
    else if (k === 2 || (k === 3 && typeof v !== 'function')) args[i] = `${v}`;
  }
  return fn.call(self, ...args);
});

// CopyDataProperties for object spread and rest when the source has
// accessors (op_obj_spread / op_obj_rest): getters run, in key order.
$setHook('copyDataProperties', function copyDataProperties(target, src, skip) {
  const keys = $ownKeys(src, true, true);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    let skipped = false;
    for (let j = 0; skip !== undefined && j < skip.length && !skipped; j++) skipped = skip[j] === k;
    if (!skipped) $defineValue(target, k, src[k], 7);
  }
  return target;
});

function replaceWith(str, pattern, fn, all) {
  const s = `${str}`, p = `${pattern}`;
  let out = '', at = 0;
  for (;;) {
    const k = s.indexOf(p, at);
    if (k < 0) break;
    out += s.slice(at, k) + `${fn(p, k, s)}`;
    at = k + p.length;
    if (!all) break;
    if (p.length === 0) {
      if (at >= s.length) return out + s.slice(at);
      out += s[at];
      at++;
    }
  }
  return out + s.slice(at);
}
$setHook('replaceFn', function replace(pattern, fn) { return replaceWith(this, pattern, fn, false); });
$setHook('replaceAllFn', function replaceAll(pattern, fn) { return replaceWith(this, pattern, fn, true); });

// --- promises (ECMA-262 27.2) ------------------------------------------------

function Promise(executor) {
  const newTarget = $newTarget();
  if (newTarget === undefined) throw new TypeError("Promise constructor cannot be invoked without 'new'");
  if (typeof executor !== 'function') throw new TypeError(`Promise resolver ${describeResolver(executor)} is not a function`);
  const p = $newPromise(newTarget.prototype);
  const fns = $resolvingFunctions(p);
  try {
    executor(fns[0], fns[1]);
  } catch (e) {
    fns[1](e);
  }
  return p;
}

function describeResolver(v) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return `${v}`;
  if (Array.isArray(v)) return '[object Array]';
  return '#<Object>';
}

$defineValue(Promise, 'prototype', $PromiseProto, 0);
$defineBuiltin($PromiseProto, 'constructor', Promise);
$setIntrinsic('Promise', Promise);
$defineBuiltin($global, 'Promise', Promise);

// NewPromiseCapability(C)
function newCapability(C) {
  if (C === Promise) {
    const p = $newPromise();
    const fns = $resolvingFunctions(p);
    return { promise: p, resolve: fns[0], reject: fns[1] };
  }
  if (!$isConstructor(C)) throw new TypeError('Promise resolve or reject function is not callable');
  let resolve, reject;
  const promise = new C((res, rej) => {
    if (resolve !== undefined || reject !== undefined) throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
    resolve = res;
    reject = rej;
  });
  if (typeof resolve !== 'function' || typeof reject !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
  return { promise, resolve, reject };
}

// PromiseResolve(C, x)
function promiseResolve(C, x) {
  if ($isPromise(x)) {
    const xc = x.constructor;
    if (xc === C) return x;
  }
  const cap = newCapability(C);
  cap.resolve(x);
  return cap.promise;
}

// SpeciesConstructor(O, default) (ECMA-262 7.3.22), from O.constructor.
const symSpecies = Symbol.species;
function speciesOf(C, fallback) {
  if (C === undefined) return fallback;
  if (!isObject(C)) throw new TypeError('The .constructor property is not an object');
  const S = C[symSpecies];
  if (S === undefined || S === null) return fallback;
  if ($isConstructor(S)) return S;
  throw new TypeError('object.constructor[Symbol.species] is not a constructor');
}
function speciesConstructor(o, fallback) {
  return speciesOf(o.constructor, fallback);
}
const speciesGetter = Object.getOwnPropertyDescriptor({ get [symSpecies]() { return this; } }, symSpecies).get;
for (const C of [Promise, Array, Map, Set]) $defineAccessor(C, symSpecies, speciesGetter, undefined, false);

// The `then` getter case of the resolve functions (27.2.1.3.2 steps 9-15).
$setHook('resolveThenGetter', function resolveThenGetter(p, x, getter, ret) {
  let then;
  try {
    then = getter.call(x);
  } catch (e) {
    $promiseReject(p, e);
    return ret;
  }
  if (typeof then !== 'function') $promiseFulfill(p, x);
  else $enqueueThenableJob(p, x, then);
  return ret;
});

// Promise.prototype.then for a receiver whose constructor is not %Promise%.
$setHook('thenSlow', function then(p, onF, onR, C) {
  const S = speciesOf(C === undefined ? p.constructor : C, Promise);
  const cap = newCapability(S);
  if ($isPromise(cap.promise)) {
    $performThen(p, onF, onR, cap.promise);
  } else {
    $performThen(p, (v) => {
      if (typeof onF !== 'function') return cap.resolve(v);
      return cap.resolve(onF(v));
    }, (e) => {
      if (typeof onR !== 'function') return cap.reject(e);
      return cap.resolve(onR(e));
    });
  }
  return cap.promise;
});

const promiseMethods = {
  catch(onRejected) {
    return this.then(undefined, onRejected);
  },
  finally(onFinally) {
    const promise = this;
    if (!isObject(promise)) throw new TypeError('Promise.prototype.finally called on a non-object');
    const C = speciesConstructor(promise, Promise);
    let thenFinally = onFinally, catchFinally = onFinally;
    if (typeof onFinally === 'function') {
      thenFinally = (value) => {
        const result = onFinally();
        return promiseResolve(C, result).then(() => value);
      };
      catchFinally = (reason) => {
        const result = onFinally();
        return promiseResolve(C, result).then(() => { throw reason; });
      };
    }
    return promise.then(thenFinally, catchFinally);
  },
};
$defineBuiltin($PromiseProto, 'catch', promiseMethods.catch);
$defineBuiltin($PromiseProto, 'finally', promiseMethods.finally);

function getPromiseResolve(C) {
  const r = C.resolve;
  if (typeof r !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
  return r;
}

// Promise.all, allSettled and any (27.2.4.1-3): the element functions are
// natives of promise.c holding the shared state ($combinator), so that the
// async stack frames can name them ("at async Promise.all (index 1)"); the
// last one settles the promise (Promise.any's through anyRejected).
function combine(C, iterable, kind) {
  const cap = newCapability(C);
  try {
    const resolveFn = getPromiseResolve(C);
    const values = [];
    const state = $combinator(cap.promise, cap.resolve, cap.reject, values);
    let index = 0;
    for (const next of iterable) {
      const i = index++;
      values[i] = undefined;
      const nextPromise = resolveFn.call(C, next);
      const fns = $combinatorElements(state, i, kind);
      nextPromise.then(fns[0], fns[1]);
    }
    if (!$combinatorDone(state)) return cap.promise;
    if (kind === 'any') anyRejected(values, cap.reject);
    else cap.resolve(values);
  } catch (e) {
    cap.reject(e);
  }
  return cap.promise;
}

function anyRejected(errors, reject) {
  reject($dropFrames(new AggregateError(errors, 'All promises were rejected')));
}
$setHook('anyRejected', anyRejected);

const promiseStatics = {
  resolve(x) {
    if (!isObject(this)) throw new TypeError('PromiseResolve called on non-object');
    return promiseResolve(this, x);
  },
  reject(r) {
    const cap = newCapability(this);
    cap.reject(r);
    return cap.promise;
  },
  all(iterable) {
    return combine(this, iterable, 'all');
  },
  allSettled(iterable) {
    return combine(this, iterable, 'allSettled');
  },
  race(iterable) {
    const C = this;
    const cap = newCapability(C);
    try {
      const resolveFn = getPromiseResolve(C);
      for (const next of iterable) resolveFn.call(C, next).then(cap.resolve, cap.reject);
    } catch (e) {
      cap.reject(e);
    }
    return cap.promise;
  },
  any(iterable) {
    return combine(this, iterable, 'any');
  },
};
for (const name of ['resolve', 'reject', 'all', 'allSettled', 'race', 'any']) $defineBuiltin(Promise, name, promiseStatics[name]);

// --- async iteration over sync iterables (27.1.4.1) -----------------------------

$setHook('asyncFromSync', function asyncFromSync(obj) {
  const sync = obj[$symIterator]();
  if (!isObject(sync)) throw new TypeError('Result of the Symbol.iterator method is not an object');
  const syncNext = sync.next;
  function continuation(result, p, fns) {
    const done = !!result.done;
    let wrapper;
    try {
      wrapper = $coercePromise(result.value);
    } catch (e) {
      fns[1](e);
      return p;
    }
    $performThen(wrapper, (v) => ({ value: v, done }), undefined, p);
    return p;
  }
  const it = {
    next(v) {
      const p = $newPromise();
      const fns = $resolvingFunctions(p);
      let result;
      try {
        result = syncNext.call(sync, v);
        if (!isObject(result)) throw new TypeError(`Iterator result ${result} is not an object`);
      } catch (e) {
        fns[1](e);
        return p;
      }
      return continuation(result, p, fns);
    },
    return(v) {
      const p = $newPromise();
      const fns = $resolvingFunctions(p);
      const ret = sync.return;
      if (ret === undefined || ret === null) {
        fns[0]({ value: v, done: true });
        return p;
      }
      let result;
      try {
        result = ret.call(sync, v);
        if (!isObject(result)) throw new TypeError(`Iterator result ${result} is not an object`);
      } catch (e) {
        fns[1](e);
        return p;
      }
      return continuation(result, p, fns);
    },
  };
  return it;
});
