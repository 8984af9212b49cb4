// RegExp (ECMA-262 22.2) and the String methods that take one (match,
// matchAll, replace, replaceAll, search, split).  A RegExp object is
// OK_REGEXP: $regexpNew makes one (checking pattern and flags), $regexpData
// reads its source/flags, $regexpMatch runs the matcher of regex.c and
// returns the bounds of the groups, $regexpNames the group names.
// Everything that reads or writes properties (lastIndex, exec, flags) is
// here, following the spec's algorithms, the Symbol.match/matchAll/
// replace/search/split protocol included (RegExp[Symbol.species] is not:
// split and matchAll make plain RegExps).

const getOwnDescriptor = Object.getOwnPropertyDescriptor, objectCreate = Object.create; // arrayJoin: 00_core.js

const symMatch = Symbol.match, symMatchAll = Symbol.matchAll, symReplace = Symbol.replace;
const symSearch = Symbol.search, symSplit = Symbol.split;

function isRegExpObject(v) { return isObject(v) && $regexpData(v, 0) !== undefined; }

// IsRegExp (7.2.8): Symbol.match decides when present.
function isRegExp(v) {
  if (!isObject(v)) return false;
  const m = v[symMatch];
  return m !== undefined ? !!m : isRegExpObject(v);
}

function regexpCheck(v, what) {
  if (!isRegExpObject(v)) throw new TypeError(`Method RegExp.prototype.${what} called on incompatible receiver ${$displayString(v)}`);
}

function RegExp(pattern, flags) {
  const nt = $newTarget();
  const patternIsRegExp = isRegExp(pattern);
  if (nt === undefined && patternIsRegExp && flags === undefined && pattern.constructor === RegExp) return pattern;
  let P = pattern, F = flags;
  if (isRegExpObject(pattern)) {
    P = $regexpData(pattern, 0);
    if (flags === undefined) F = $regexpData(pattern, 1);
  } else if (patternIsRegExp) {
    P = pattern.source;
    if (flags === undefined) F = pattern.flags;
  }
  P = P === undefined ? '' : `${P}`;
  F = F === undefined ? '' : `${F}`;
  const proto = nt === undefined ? RegExp.prototype : nt.prototype;
  return $regexpNew(isObject(proto) ? proto : RegExp.prototype, P, F);
}
$defineValue(RegExp, 'length', 2, 4);
const RegExpProto = RegExp.prototype;
$defineBuiltin($global, 'RegExp', RegExp);
$setHook('regexpCreate', function regexpCreate(body, flags) { return $regexpNew(RegExpProto, body, flags); });

const flagGetters = [['hasIndices', 'd'], ['global', 'g'], ['ignoreCase', 'i'], ['multiline', 'm'],
  ['dotAll', 's'], ['unicode', 'u'], ['unicodeSets', 'v'], ['sticky', 'y']];
for (let k = 0; k < flagGetters.length; k++) {
  const name = flagGetters[k][0], letter = flagGetters[k][1];
  const get = { get [name]() {
    const f = $regexpData(this, 1);
    if (f === undefined) {
      if (this === RegExpProto) return undefined;
      throw new TypeError(`RegExp.prototype.${name} getter called on non-RegExp object`);
    }
    return f.includes(letter);
  } };
  $defineAccessor(RegExpProto, name, getOwnDescriptor(get, name).get, undefined, false);
}
const regexpAccessors = {
  get flags() {
    if (!isObject(this)) throw new TypeError(`RegExp.prototype.flags getter called on non-object ${$displayString(this)}`);
    let out = '';
    for (let k = 0; k < flagGetters.length; k++) if (this[flagGetters[k][0]]) out += flagGetters[k][1];
    return out;
  },
  get source() {
    const src = $regexpData(this, 0);
    if (src === undefined) {
      if (this === RegExpProto) return '(?:)';
      throw new TypeError('RegExp.prototype.source getter called on non-RegExp object');
    }
    return $regexpData(this, 2); // EscapeRegExpPattern
  },
};
for (const name of ['flags', 'source'])
  $defineAccessor(RegExpProto, name, getOwnDescriptor(regexpAccessors, name).get, undefined, false);

function advanceIndex(S, index, unicode) {
  if (!unicode || index + 1 >= S.length) return index + 1;
  const c = S.charCodeAt(index), d = S.charCodeAt(index + 1);
  return c >= 0xD800 && c <= 0xDBFF && d >= 0xDC00 && d <= 0xDFFF ? index + 2 : index + 1;
}

// The groups object of a match (null prototype), or undefined.
function groupsOf(names, values) {
  if (names === undefined) return undefined;
  const groups = objectCreate(null);
  for (let i = 1; i < names.length; i++) if (names[i] !== undefined) groups[names[i]] = values[i];
  return groups;
}

// RegExpBuiltinExec (22.2.7.2)
function builtinExec(R, S) {
  const flags = $regexpData(R, 1);
  const global = flags.includes('g'), sticky = flags.includes('y');
  let lastIndex = toLength(R.lastIndex);
  if (!global && !sticky) lastIndex = 0;
  if (lastIndex > S.length) {
    if (global || sticky) R.lastIndex = 0;
    return null;
  }
  const caps = $regexpMatch(R, S, lastIndex);
  if (caps === null) {
    if (global || sticky) R.lastIndex = 0;
    return null;
  }
  if (global || sticky) R.lastIndex = caps[1];
  const n = caps.length / 2, A = [], names = $regexpNames(R);
  for (let i = 0; i < n; i++) A[i] = caps[2 * i] === undefined ? undefined : S.slice(caps[2 * i], caps[2 * i + 1]);
  $defineValue(A, 'index', caps[0], 7);
  $defineValue(A, 'input', S, 7);
  $defineValue(A, 'groups', groupsOf(names, A), 7);
  if (flags.includes('d')) {
    const indices = [];
    for (let i = 0; i < n; i++) indices[i] = caps[2 * i] === undefined ? undefined : [caps[2 * i], caps[2 * i + 1]];
    $defineValue(indices, 'groups', groupsOf(names, indices), 7);
    $defineValue(A, 'indices', indices, 7);
  }
  return A;
}

// RegExpExec (22.2.7.1): a user-defined exec is honoured.
function regExpExec(R, S) {
  const exec = R.exec;
  if (typeof exec === 'function' && exec !== regexpMethods.exec) {
    const result = exec.call(R, S);
    if (result !== null && !isObject(result)) throw new TypeError(`${$displayString(result)} is not an object or null`);
    return result;
  }
  regexpCheck(R, 'exec');
  return builtinExec(R, S);
}

// GetSubstitution (22.1.3.19.1)
function getSubstitution(matched, str, position, captures, namedCaptures, template) {
  let result = '';
  const m = captures.length, tailPos = position + matched.length;
  for (let i = 0; i < template.length;) {
    const c = template[i], d = template[i + 1];
    if (c !== '$' || d === undefined) {
      result += c;
      i++;
    } else if (d === '$') {
      result += '$';
      i += 2;
    } else if (d === '&') {
      result += matched;
      i += 2;
    } else if (d === '`') {
      result += str.slice(0, position);
      i += 2;
    } else if (d === "'") {
      if (tailPos < str.length) result += str.slice(tailPos);
      i += 2;
    } else if (d >= '0' && d <= '9') {
      const e = template[i + 2];
      let digits = e !== undefined && e >= '0' && e <= '9' ? 2 : 1;
      let index = +template.slice(i + 1, i + 1 + digits);
      if (index > m && digits === 2) {
        digits = 1;
        index = +d;
      }
      if (index >= 1 && index <= m) {
        const cap = captures[index - 1];
        if (cap !== undefined) result += cap;
      } else {
        result += template.slice(i, i + 1 + digits);
      }
      i += 1 + digits;
    } else if (d === '<') {
      const close = namedCaptures === undefined ? -1 : template.indexOf('>', i + 2);
      if (close < 0) {
        result += '$<';
        i += 2;
      } else {
        const cap = namedCaptures[template.slice(i + 2, close)];
        if (cap !== undefined) result += `${cap}`;
        i = close + 1;
      }
    } else {
      result += '$';
      i++;
    }
  }
  return result;
}

function wideString(S) {
  for (let i = 0; i < S.length; i++) if (S.charCodeAt(i) > 0xFF) return true;
  return false;
}

// V8 (node 20) quirk, matched here: a global unicode replace with a
// function, on a string with a unit above U+00FF, passes "" instead of
// undefined for the unmatched groups of a match that follows an empty
// match (except at the end of the string).
function emptyCaptures(result) {
  for (let n = 1; n < result.length; n++) if (result[n] === undefined) result[n] = '';
  const groups = result.groups;
  if (groups !== undefined) for (const k of Object.keys(groups)) if (groups[k] === undefined) groups[k] = '';
}

// RegExp.prototype[@@replace] (22.2.6.11)
function regexpReplace(rx, S, replaceValue) {
  const functional = typeof replaceValue === 'function';
  if (!functional) replaceValue = `${replaceValue}`;
  const flags = `${rx.flags}`, global = flags.includes('g');
  const fullUnicode = flags.includes('u') || flags.includes('v');
  if (global) rx.lastIndex = 0;
  const results = [];
  const quirk = functional && global && flags.includes('u') && isRegExpObject(rx) && wideString(S);
  let prevEmpty = false;
  for (;;) {
    const result = regExpExec(rx, S);
    if (result === null) break;
    if (quirk && prevEmpty && result.index < S.length) emptyCaptures(result);
    results[results.length] = result;
    if (!global) break;
    prevEmpty = `${result[0]}` === '';
    if (prevEmpty) rx.lastIndex = advanceIndex(S, toLength(rx.lastIndex), fullUnicode);
  }
  const acc = []; // pieces joined once: a string grown by += is quadratic here
  let nextPos = 0;
  for (let r = 0; r < results.length; r++) {
    const result = results[r];
    const nCaptures = Math.max(toLength(result.length) - 1, 0);
    const matched = `${result[0]}`;
    const position = Math.max(Math.min(Math.trunc(+result.index) || 0, S.length), 0);
    const captures = [];
    for (let n = 1; n <= nCaptures; n++) {
      const c = result[n];
      captures[n - 1] = c === undefined ? undefined : `${c}`;
    }
    let named = result.groups, replacement;
    if (functional) {
      const args = [matched, ...captures, position, S];
      if (named !== undefined) args[args.length] = named;
      replacement = `${replaceValue(...args)}`;
    } else {
      if (named !== undefined) named = toObject(named);
      replacement = getSubstitution(matched, S, position, captures, named, replaceValue);
    }
    if (position >= nextPos) {
      acc[acc.length] = S.slice(nextPos, position);
      acc[acc.length] = replacement;
      nextPos = position + matched.length;
    }
  }
  if (nextPos < S.length) acc[acc.length] = S.slice(nextPos);
  return $apply(arrayJoin, acc, ['']);
}

// RegExp.prototype[@@match] (22.2.6.8)
function regexpMatch(rx, S) {
  const flags = `${rx.flags}`;
  if (!flags.includes('g')) return regExpExec(rx, S);
  const fullUnicode = flags.includes('u') || flags.includes('v');
  rx.lastIndex = 0;
  const A = [];
  for (;;) {
    const result = regExpExec(rx, S);
    if (result === null) return A.length === 0 ? null : A;
    const matchStr = `${result[0]}`;
    A[A.length] = matchStr;
    if (matchStr === '') rx.lastIndex = advanceIndex(S, toLength(rx.lastIndex), fullUnicode);
  }
}

// RegExp.prototype[@@search] (22.2.6.12)
function regexpSearch(rx, S) {
  const previous = rx.lastIndex;
  if (!Object.is(previous, 0)) rx.lastIndex = 0;
  const result = regExpExec(rx, S);
  if (!Object.is(rx.lastIndex, previous)) rx.lastIndex = previous;
  return result === null ? -1 : result.index;
}

// RegExp.prototype[@@split] (22.2.6.14): the sticky splitter of the spec
// is replaced by an equivalent forward search (the first position q with
// a match is where the search finds one).
function regexpSplit(rx, S, limit) {
  const flags = `${rx.flags}`;
  const unicode = flags.includes('u') || flags.includes('v');
  const splitter = new RegExp(rx, flags.replace('y', '').replace('g', ''));
  const A = [];
  const lim = limit === undefined ? 4294967295 : limit >>> 0;
  if (lim === 0) return A;
  if (S.length === 0) return $regexpMatch(splitter, S, 0) === null || $regexpMatch(splitter, S, 0)[0] !== 0 ? [S] : A;
  let p = 0, q = 0;
  while (q < S.length) {
    const caps = $regexpMatch(splitter, S, q);
    if (caps === null || caps[0] >= S.length) break;
    const at = caps[0], e = Math.min(caps[1], S.length);
    if (e === p) {
      q = advanceIndex(S, at, unicode);
      continue;
    }
    A[A.length] = S.slice(p, at);
    if (A.length === lim) return A;
    p = e;
    for (let i = 1; i < caps.length / 2; i++) {
      A[A.length] = caps[2 * i] === undefined ? undefined : S.slice(caps[2 * i], caps[2 * i + 1]);
      if (A.length === lim) return A;
    }
    q = p;
  }
  A[A.length] = S.slice(p);
  return A;
}

// %RegExpStringIteratorPrototype% (22.2.9): its state is a record under
// a symbol key no program can name.
const iterState = Symbol('RegExpStringIterator');
const regexpStringIteratorProto = objectCreate($getPrototypeOf($getPrototypeOf([][Symbol.iterator]())));
const regexpIteratorMethods = {
  next() {
    const st = isObject(this) ? getOwnDescriptor(this, iterState) : undefined;
    if (st === undefined) throw new TypeError(`Method %RegExpStringIterator%.prototype.next called on incompatible receiver ${$displayString(this)}`);
    const s = st.value;
    if (s.done) return { value: undefined, done: true };
    const result = regExpExec(s.matcher, s.S);
    if (result === null) {
      s.done = true;
      return { value: undefined, done: true };
    }
    if (!s.global) s.done = true;
    else if (`${result[0]}` === '') s.matcher.lastIndex = advanceIndex(s.S, toLength(s.matcher.lastIndex), s.unicode);
    return { value: result, done: false };
  },
};
$defineBuiltin(regexpStringIteratorProto, 'next', regexpIteratorMethods.next);
$defineValue(regexpStringIteratorProto, Symbol.toStringTag, 'RegExp String Iterator', 4);

// RegExp.prototype[@@matchAll] (22.2.6.9)
function regexpMatchAll(rx, S) {
  const flags = `${rx.flags}`;
  const matcher = new RegExp(rx, flags);
  matcher.lastIndex = toLength(rx.lastIndex);
  const it = objectCreate(regexpStringIteratorProto);
  const state = { matcher, S, global: flags.includes('g'), unicode: flags.includes('u') || flags.includes('v'), done: false };
  $defineValue(it, iterState, state, 0);
  return it;
}

const regexpMethods = {
  exec(string) {
    regexpCheck(this, 'exec');
    return builtinExec(this, `${string}`);
  },
  test(S) {
    // V8 names no receiver here (it shows "undefined" for every primitive)
    if (!isObject(this)) throw new TypeError('Method RegExp.prototype.test called on incompatible receiver undefined');
    return regExpExec(this, `${S}`) !== null;
  },
  toString() {
    if (!isObject(this)) throw new TypeError(`Method RegExp.prototype.toString called on incompatible receiver ${$displayString(this)}`);
    return `/${this.source}/${this.flags}`;
  },
  compile(pattern, flags) {
    regexpCheck(this, 'compile');
    const fresh = RegExp(pattern, flags);
    $regexpSetData(this, $regexpData(fresh, 0), $regexpData(fresh, 1));
    this.lastIndex = 0;
    return this;
  },
};
for (const name of ['exec', 'test', 'toString', 'compile']) $defineBuiltin(RegExpProto, name, regexpMethods[name]);

function regexpReceiver(self, what) {
  if (!isObject(self)) throw new TypeError(`Method RegExp.prototype.@@${what} called on incompatible receiver ${$displayString(self)}`);
  return self;
}
const regexpSymbolMethods = {
  [symMatch](string) { return regexpMatch(regexpReceiver(this, 'match'), `${string}`); },
  [symMatchAll](string) { return regexpMatchAll(regexpReceiver(this, 'matchAll'), `${string}`); },
  [symReplace](string, replaceValue) {
    // V8 names no receiver here (as for test)
    if (!isObject(this)) throw new TypeError('Method RegExp.prototype.@@replace called on incompatible receiver undefined');
    return regexpReplace(this, `${string}`, replaceValue);
  },
  [symSearch](string) { return regexpSearch(regexpReceiver(this, 'search'), `${string}`); },
  [symSplit](string, limit) { return regexpSplit(regexpReceiver(this, 'split'), `${string}`, limit); },
};
for (const sym of [symMatch, symMatchAll, symReplace, symSearch, symSplit])
  $defineBuiltin(RegExpProto, sym, regexpSymbolMethods[sym]);

// --- the String methods ---------------------------------------------------------------

function thisString(self, name) {
  if (self === undefined || self === null) throw new TypeError(`String.prototype.${name} called on null or undefined`);
  return `${self}`;
}

// The method of a pattern object under sym (Symbol.match...), or undefined.
function patternMethod(pattern, sym) {
  if (pattern === undefined || pattern === null) return undefined;
  const m = pattern[sym];
  if (m !== undefined && m !== null && typeof m !== 'function')
    throw new TypeError(`'${$displayString(m)}' returned for property '${String(sym)}' of object '${$displayString(pattern)}' is not a function`);
  return m === null ? undefined : m;
}

function requireGlobal(regexp, name) {
  if (!isRegExp(regexp)) return;
  const flags = regexp.flags;
  if (flags === undefined || flags === null) throw new TypeError(`The .flags property of the argument to String.prototype.${name} cannot be null or undefined`);
  if (!`${flags}`.includes('g')) throw new TypeError(`String.prototype.${name} called with a non-global RegExp argument`);
}

const stringRegexpMethods = {
  match(regexp) {
    if (this === undefined || this === null) thisString(this, 'match');
    const matcher = patternMethod(regexp, symMatch);
    if (matcher !== undefined) return $apply(matcher, regexp, [this]);
    const S = thisString(this, 'match');
    return regexpMatch(RegExp(regexp), S);
  },
  matchAll(regexp) {
    if (this === undefined || this === null) thisString(this, 'matchAll');
    if (regexp !== undefined && regexp !== null) {
      requireGlobal(regexp, 'matchAll');
      const matcher = patternMethod(regexp, symMatchAll);
      if (matcher !== undefined) return $apply(matcher, regexp, [this]);
    }
    const S = thisString(this, 'matchAll');
    return regexpMatchAll(RegExp(regexp, 'g'), S);
  },
  search(regexp) {
    if (this === undefined || this === null) thisString(this, 'search');
    const searcher = patternMethod(regexp, symSearch);
    if (searcher !== undefined) return $apply(searcher, regexp, [this]);
    const S = thisString(this, 'search');
    return regexpSearch(RegExp(regexp), S);
  },
};
for (const name of ['match', 'matchAll', 'search']) $defineBuiltin($StringProto, name, stringRegexpMethods[name]);

// String natives whose first argument is a RegExp object come here from
// coerceArgs (an object argument) before any conversion; the hooks object
// is the answer for natives that just convert it to a string.
const stringRegexpNatives = ['replace', 'replaceAll', 'split', 'includes', 'startsWith', 'endsWith'];
const stringRegexpFns = stringRegexpNatives.map((name) => $StringProto[name]);
$setHook('stringRegexp', function stringRegexp(fn, self, args) {
  const rx = args[0], name = stringRegexpNatives[stringRegexpFns.indexOf(fn)];
  if (name === undefined) return hooks;
  if (self === undefined || self === null) thisString(self, name);
  if (name === 'replace' || name === 'replaceAll' || name === 'split') {
    if (name === 'replaceAll') requireGlobal(rx, name);
    const method = patternMethod(rx, name === 'split' ? symSplit : symReplace);
    return method === undefined ? hooks : $apply(method, rx, [self, args[1]]);
  }
  if (isRegExp(rx)) throw new TypeError(`First argument to String.prototype.${name} must not be a regular expression`);
  return hooks;
});
