// The node host's JavaScript side: process, timers, require and the
// modules ticktock models (events, fs, timers, timers/promises, util,
// assert).  The event loop itself is host_node.c.

// --- process ------------------------------------------------------------------------

// One process object per realm (the main thread's and each worker's): the
// methods are shared and act on $process(), the current realm's.
const processMethods = {
  nextTick(callback, ...args) {
    if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
    $nextTick(callback, args.length ? args : undefined);
  },
  exit(code) {
    const process = $process();
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      $markExiting();
      process.emit('exit', process.exitCode === undefined ? 0 : +process.exitCode || 0);
    }
    $reallyExit(process.exitCode === undefined ? 0 : +process.exitCode || 0);
  },
  cwd() { return '/'; },
  uptime() { return $perfNow() / 1000; },
  hrtime(prev) {
    const t = $perfNow() * 1e6, s = Math.floor(t / 1e9), ns = Math.floor(t % 1e9);
    if (prev) return [s - prev[0], ns - prev[1]];
    return [s, ns];
  },
  memoryUsage() {
    return { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
  },
  // node's lib/internal/process/warning.js: the warning becomes an Error
  // named after its type, emitted as 'warning' on the next tick; the
  // listener every process starts with (printWarning) writes it.
  emitWarning(warning, type, code, ctor) {
    let detail;
    if (type !== null && typeof type === 'object' && !$isArray(type)) {
      code = type.code;
      if (typeof type.detail === 'string') detail = type.detail;
      type = type.type || 'Warning';
    } else if (typeof type === 'function') {
      code = undefined;
      type = 'Warning';
    }
    if (type !== undefined && typeof type !== 'string') throw invalidArgType('type', 'of type string', type);
    if (typeof code === 'function') code = undefined;
    else if (code !== undefined && typeof code !== 'string') throw invalidArgType('code', 'of type string', code);
    if (typeof warning === 'string') {
      const w = new Error(warning);
      w.name = `${type || 'Warning'}`;
      if (code !== undefined) w.code = code;
      if (detail !== undefined) w.detail = detail;
      warning = w;
    } else if (!(warning instanceof Error)) {
      throw invalidArgType('warning', 'of type string or an instance of Error', warning);
    }
    const process = $process();
    if (warning.name === 'DeprecationWarning') {
      if (process.noDeprecation) return;
      if (process.throwDeprecation) throw warning;
    }
    process.nextTick(emitWarningEvent, warning);
  },
};
const errorToString = Error.prototype.toString;
function emitWarningEvent(warning) { $process().emit('warning', warning); }
function printWarning(warning) {
  if (!(warning instanceof Error)) return;
  const deprecation = warning.name === 'DeprecationWarning';
  if (deprecation && this.noDeprecation) return;
  let msg = warning.code ? `[${warning.code}] ` : '';
  msg += typeof warning.toString === 'function' ? `${warning.toString()}` : errorToString.call(warning);
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  // "(node:PID) msg", then the --trace hint once per process (shared with
  // the host's own warnings)
  $printWarning(msg, deprecation);
}
// process.hrtime.bigint(): nanoseconds as a BigInt, named as node names it
$defineMethod(processMethods.hrtime, 'bigint', function hrtimeBigInt() { return $bigintOfPrimitive(Math.floor($perfNow() * 1e6)); });
// node's process is made by a constructor named `process` whose prototype
// inherits from EventEmitter's: V8 names its method frames "process.emit".
const processProto = Object.create(EventEmitter.prototype);
$defineMethod(processProto, 'constructor', { process() {} }.process);
function makeProcess() {
  const process = Object.create(processProto);
  EventEmitter.init.call(process);
  process.title = 'node';
  process.version = 'v20.20.2';
  process.versions = { node: '20.20.2' };
  process.platform = 'linux';
  process.arch = 'x64';
  process.pid = 4242;
  process.ppid = 4241;
  process.execPath = '/usr/local/bin/node';
  process.execArgv = [];
  process.env = {};
  process.exitCode = undefined;
  $defineValue(process, '_exiting', false, 7);
  process.argv = [];
  for (const name of Object.keys(processMethods)) $defineMethod(process, name, processMethods[name]);
  process.on('warning', printWarning);
  process.stdout = { write(s) { $writeOut(1, `${s}`); return true; }, isTTY: false };
  process.stderr = { write(s) { $writeOut(2, `${s}`); return true; }, isTTY: false };
  return process;
}
$setHook('makeProcess', makeProcess);
const process = makeProcess();
$setHook('process', process);
$defineMethod($global, 'process', process);

// --- timers -------------------------------------------------------------------------

class Timeout {
  ref() { $timerRef(this, true); return this; }
  unref() { $timerRef(this, false); return this; }
  hasRef() { return $timerHasRef(this); }
  refresh() { $timerRefresh(this); return this; }
  close() { $timerClear(this); return this; }
  [$symToPrimitive]() { return $timerId(this); }
  get _idleStart() { return $timerStart(this); }
}
class Immediate {
  ref() { $timerRef(this, true); return this; }
  unref() { $timerRef(this, false); return this; }
  hasRef() { return $timerHasRef(this); }
}
$setHook('TimeoutProto', Timeout.prototype);
$setHook('ImmediateProto', Immediate.prototype);

function checkCallback(callback) {
  if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
}
const timers = {
  setTimeout(callback, after, ...args) {
    checkCallback(callback);
    if (typeof after === 'bigint') after *= 1; // node's `after *= 1` throws for a BigInt
    return $timerCreate(callback, after, args.length ? args : undefined, false);
  },
  setInterval(callback, repeat, ...args) {
    checkCallback(callback);
    if (typeof repeat === 'bigint') repeat *= 1;
    return $timerCreate(callback, repeat, args.length ? args : undefined, true);
  },
  setImmediate(callback, ...args) {
    checkCallback(callback);
    return $immediateCreate(callback, args.length ? args : undefined);
  },
  clearTimeout(timer) { $timerClear(timer); },
  clearInterval(timer) { $timerClear(timer); },
  clearImmediate(immediate) { $immediateClear(immediate); },
};
for (const name of Object.keys(timers)) $defineMethod($global, name, timers[name]);

// timers/promises (lib/timers/promises.js): bad options reject; with an
// aborted signal the promise rejects at once; with a signal the result is
// ret.finally(...), which settles two jobs later, as in node.
function timerOptions(options) {
  if (!isObject(options)) throw invalidArgType('options', 'of type object', options);
  validateSignal(options.signal, 'options.signal');
  const ref = options.ref === undefined ? true : options.ref;
  if (typeof ref !== 'boolean') throw propertyType('options.ref', 'of type boolean', ref);
  return { signal: options.signal, ref };
}
function promiseTimer(kind, line, make, clear, options, self) {
  let opts;
  try { opts = timerOptions(options); } catch (e) { return Promise.reject(e); }
  const signal = opts.signal;
  if (signal !== undefined && signal.aborted) {
    const name = self === timersPromises ? `Object.${kind}` : kind;
    return Promise.reject(abortError(signal, `\n    at ${name} (node:timers/promises:${line}:26)`,
      `node:timers/promises:${line}\n    return PromiseReject(new AbortError(undefined, { cause: signal.reason }));\n                         ^\n`));
  }
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    let fired = false;
    const timer = make((v) => { fired = true; resolve(v); });
    if (!opts.ref) timer.unref();
    if (signal === undefined) return;
    const type = kind === 'setTimeout' ? 'Timeout' : 'Immediate';
    oncancel = (event) => {
      if (fired) return;
      clear(timer);
      reject(abortErrorFromEvent(signal, event, `${type}.cancelListenerHandler (node:timers/promises:48:12)`,
        'node:timers/promises:48\n    reject(new AbortError(undefined, { cause: signal?.reason }));\n           ^\n'));
    };
    signal.addEventListener('abort', oncancel);
  });
  return oncancel === undefined ? ret : ret.finally(() => signal.removeEventListener('abort', oncancel));
}
const timersPromises = {
  setTimeout(delay, value, options = {}) {
    return promiseTimer('setTimeout', 74, (done) => timers.setTimeout(done, delay, value), timers.clearTimeout, options, this);
  },
  setImmediate(value, options = {}) {
    return promiseTimer('setImmediate', 112, (done) => timers.setImmediate(done, value), timers.clearImmediate, options, this);
  },
  // node's async generator: the interval runs on its own, ticks not yet
  // consumed are counted (and yielded one after the other), the consumer
  // waits on a promise when none is; abort rejects the waiting next()
  async *setInterval(after, value, options = {}) {
    const opts = timerOptions(options);
    const signal = opts.signal;
    if (signal !== undefined && signal.aborted) {
      throw abortError(signal, '\n    at setInterval (node:timers/promises:151:11)\n    at setInterval.next (<anonymous>)',
        'node:timers/promises:151\n    throw new AbortError(undefined, { cause: signal?.reason });\n          ^\n');
    }
    let onCancel;
    let interval;
    try {
      let notYielded = 0;
      let callback;
      interval = timers.setInterval(() => {
        notYielded++;
        if (callback) {
          callback();
          callback = undefined;
        }
      }, after);
      if (!opts.ref) interval.unref();
      if (signal !== undefined) {
        onCancel = (event) => {
          timers.clearInterval(interval);
          if (callback) {
            callback(Promise.reject(abortErrorFromEvent(signal, event, 'EventTarget.onCancel (node:timers/promises:173:15)',
              'node:timers/promises:173\n              new AbortError(undefined, { cause: signal.reason })));\n              ^\n')));
            callback = undefined;
          }
        };
        signal.addEventListener('abort', onCancel, { once: true });
      }
      while (!(signal !== undefined && signal.aborted)) {
        if (notYielded === 0) await new Promise((resolve) => { callback = resolve; });
        for (; notYielded > 0; notYielded--) yield value;
      }
      throw abortError(signal, '\n    at setInterval (node:timers/promises:168:11)',
        'node:timers/promises:168\n    throw new AbortError(undefined, { cause: signal?.reason });\n          ^\n');
    } finally {
      timers.clearInterval(interval);
      if (signal !== undefined) signal.removeEventListener('abort', onCancel);
    }
  },
};
// timers/promises' scheduler (node's Scheduler: wait is setTimeout, yield
// setImmediate; no own enumerable keys)
class Scheduler {
  yield() { return timersPromises.setImmediate(); }
  wait(delay, options) { return timersPromises.setTimeout(delay, undefined, options); }
}
timersPromises.scheduler = new Scheduler();
// util.promisify(setTimeout) and (setImmediate) are these (node: an
// enumerable getter under util.promisify.custom).
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
$defineAccessor($global.setTimeout, kCustomPromisify, function get() { return timersPromises.setTimeout; }, undefined, true);
$defineAccessor($global.setImmediate, kCustomPromisify, function get() { return timersPromises.setImmediate; }, undefined, true);
timers.promises = timersPromises; /* require('timers').promises, as in node */

// --- clocks, randomness -----------------------------------------------------------------

// Date objects are OK_DATE ($dateNew/$dateValue); the time zone is UTC,
// as on the machine whose node output is the reference.
const msPerDay = 86400000;
const dayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function timeClip(t) {
  if (!Number.isFinite(t) || Math.abs(t) > 8.64e15) return NaN;
  return Math.trunc(t) + 0;
}
function daysFromCivil(y, m, d) { // m 1..12
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400), yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function dateFields(t) {
  const days = Math.floor(t / msPerDay), rem = t - days * msPerDay;
  const z = days + 719468, era = Math.floor(z / 146097), doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)), mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1, month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month - 1, day, weekDay: (((days + 4) % 7) + 7) % 7,
    hours: Math.floor(rem / 3600000), minutes: Math.floor(rem / 60000) % 60, seconds: Math.floor(rem / 1000) % 60,
    ms: rem % 1000,
  };
}
// MakeDay/MakeTime/MakeDate of ECMA-262 (21.4.1), months may overflow.
function makeDate(y, mo, d, h, mi, s, ms) {
  const vals = [y, mo, d, h, mi, s, ms];
  for (let i = 0; i < 7; i++) if (!Number.isFinite(vals[i])) return NaN;
  const ym = Math.trunc(y) + Math.floor(Math.trunc(mo) / 12), mn = ((Math.trunc(mo) % 12) + 12) % 12;
  const day = daysFromCivil(ym, mn + 1, 1) + Math.trunc(d) - 1;
  return day * msPerDay + Math.trunc(h) * 3600000 + Math.trunc(mi) * 60000 + Math.trunc(s) * 1000 + Math.trunc(ms);
}
const pad = (n, w) => `${n}`.padStart(w, '0');
function yearString(y) { return y < 0 ? `-${pad(-y, 6)}` : pad(y, 4); }
function dateString(f) { return `${dayNames[f.weekDay]} ${monthNames[f.month]} ${pad(f.day, 2)} ${yearString(f.year)}`; }
function timeString(f) { return `${pad(f.hours, 2)}:${pad(f.minutes, 2)}:${pad(f.seconds, 2)} GMT+0000 (Coordinated Universal Time)`; }
function dateToString(t) {
  if (Number.isNaN(t)) return 'Invalid Date';
  const f = dateFields(t);
  return `${dateString(f)} ${timeString(f)}`;
}
// Date.parse as V8's DateParser: an ES5 ISO string (date-only forms are
// UTC), else what is left goes through the legacy parser (numbers, month
// names, times with ':', AM/PM, zone names and offsets, words before the
// first number, parentheses ignored); NaN when neither accepts it.  The
// zone is UTC, so local times need no conversion.
const dateKeywords = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const dateZones = { ut: 0, utc: 0, z: 0, gmt: 0, cdt: -5, cst: -6, edt: -4, est: -5, mdt: -6, mst: -7, pdt: -7, pst: -8 };
function isDateSpace(c) {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
// The tokens of DateStringTokenizer: {num, len} | {sym} | {word, type, value,
// len} | {ws} | {unknown} | {end}.
function dateToken(s, pos) {
  const c = s.charCodeAt(pos.i);
  if (pos.i >= s.length) return { end: true };
  if (c >= 48 && c <= 57) {
    const start = pos.i;
    let n = 0, digits = 0;
    while (s.charCodeAt(pos.i) === 48) pos.i++;
    for (let d = s.charCodeAt(pos.i); d >= 48 && d <= 57; d = s.charCodeAt(++pos.i)) {
      if (digits++ < 9) n = n * 10 + d - 48;
    }
    return { num: n, len: pos.i - start };
  }
  if (c === 58 || c === 45 || c === 43 || c === 46 || c === 41) { pos.i++; return { sym: s[pos.i - 1] }; }
  if (c >= 65 && !isDateSpace(c)) {
    let pre = '', len = 0;
    for (let d = c; pos.i < s.length && d >= 65 && !isDateSpace(d); d = s.charCodeAt(++pos.i)) {
      if (len++ < 3) pre += String.fromCharCode(d | 0x20);
    }
    const month = dateKeywords[pre];
    if (month !== undefined) return { word: pre, type: 'month', value: month, len };
    if (len > 3) return { word: pre, type: 'none', len };
    if (pre === 'am' || pre === 'pm') return { word: pre, type: 'ampm', value: pre === 'am' ? 0 : 12, len };
    if (pre === 't') return { word: pre, type: 't', len };
    if (pre in dateZones) return { word: pre, type: 'zone', value: dateZones[pre], len };
    return { word: pre, type: 'none', len };
  }
  if (isDateSpace(c)) {
    while (pos.i < s.length && isDateSpace(s.charCodeAt(pos.i))) pos.i++;
    return { ws: true };
  }
  if (c === 40) {
    let balance = 0;
    do {
      const d = s.charCodeAt(pos.i);
      if (d === 41) balance--;
      else if (d === 40) balance++;
      pos.i++;
    } while (balance > 0 && pos.i < s.length);
    return { unknown: true };
  }
  pos.i++;
  return { unknown: true };
}
function dateScanner(s) {
  const pos = { i: 0 };
  let peeked = dateToken(s, pos);
  const sc = {
    next() { const t = peeked; peeked = dateToken(s, pos); return t; },
    peek() { return peeked; },
    skip(sym) { if (peeked.sym === sym) { sc.next(); return true; } return false; },
  };
  return sc;
}
const isSign = (t) => t.sym === '+' || t.sym === '-';
const isFixed = (t, n) => t.num !== undefined && t.len === n;
const isZ = (t) => t.type === 'zone' && t.len === 1 && t.value === 0;
const between = (x, lo, hi) => x >= lo && x <= hi;
// The first three significant digits of a fraction of a second.
function dateMillis(t) {
  let n = t.num, len = t.len;
  if (len === 1) return n * 100;
  if (len === 2) return n * 10;
  if (len > 9) len = 9;
  while (len > 3) { n = Math.trunc(n / 10); len--; }
  return n;
}
const NONE = undefined;
function dateComposers() {
  return {
    day: { comp: [], named: NONE, iso: false },
    time: { comp: [], ampm: NONE },
    tz: { sign: NONE, hour: NONE, minute: NONE },
  };
}
function timeExpecting(time, n) {
  const i = time.comp.length;
  return (i === 1 && between(n, 0, 59)) || (i === 2 && between(n, 0, 59)) || (i === 3 && between(n, 0, 999));
}
function timeAdd(time, n) { if (time.comp.length >= 4) return false; time.comp.push(n); return true; }
function timeAddFinal(time, n) {
  if (!timeAdd(time, n)) return false;
  while (time.comp.length < 4) time.comp.push(0);
  return true;
}
function tzSet(tz, hours) { tz.sign = hours < 0 ? -1 : 1; tz.hour = Math.abs(hours); tz.minute = 0; }
// ParseES5DateTime: returns the first token it did not take (null: invalid).
function parseES5(sc, c) {
  const { day, time, tz } = c;
  if (isSign(sc.peek())) {
    const sign = sc.next();
    if (!isFixed(sc.peek(), 6)) return sign;
    const y = sc.next().num;
    if (sign.sym === '-' && y === 0) return sign;
    day.comp.push(sign.sym === '-' ? -y : y);
  } else if (isFixed(sc.peek(), 4)) {
    day.comp.push(sc.next().num);
  } else {
    return sc.next();
  }
  if (sc.skip('-')) {
    if (!isFixed(sc.peek(), 2) || !between(sc.peek().num, 1, 12)) return sc.next();
    day.comp.push(sc.next().num);
    if (sc.skip('-')) {
      if (!isFixed(sc.peek(), 2) || !between(sc.peek().num, 1, 31)) return sc.next();
      day.comp.push(sc.next().num);
    }
  }
  if (sc.peek().type !== 't') {
    if (!sc.peek().end) return sc.next();
  } else {
    sc.next();
    if (!isFixed(sc.peek(), 2) || !between(sc.peek().num, 0, 24)) return null;
    const h24 = sc.peek().num === 24;
    time.comp.push(sc.next().num);
    if (!sc.skip(':')) return null;
    if (!isFixed(sc.peek(), 2) || !between(sc.peek().num, 0, 59) || (h24 && sc.peek().num > 0)) return null;
    time.comp.push(sc.next().num);
    if (sc.skip(':')) {
      if (!isFixed(sc.peek(), 2) || !between(sc.peek().num, 0, 59) || (h24 && sc.peek().num > 0)) return null;
      time.comp.push(sc.next().num);
      if (sc.skip('.')) {
        if (sc.peek().num === undefined || (h24 && sc.peek().num > 0)) return null;
        time.comp.push(dateMillis(sc.next()));
      }
    }
    if (isZ(sc.peek())) {
      sc.next();
      tzSet(tz, 0);
    } else if (isSign(sc.peek())) {
      tz.sign = sc.next().sym === '+' ? 1 : -1;
      if (isFixed(sc.peek(), 4)) {
        const hm = sc.next().num, h = Math.trunc(hm / 100), m = hm % 100;
        if (!between(h, 0, 23) || !between(m, 0, 59)) return null;
        tz.hour = h;
        tz.minute = m;
      } else {
        if (!isFixed(sc.peek(), 2) || !between(sc.peek().num, 0, 23)) return null;
        tz.hour = sc.next().num;
        if (!sc.skip(':')) return null;
        if (!isFixed(sc.peek(), 2) || !between(sc.peek().num, 0, 59)) return null;
        tz.minute = sc.next().num;
      }
    }
    if (!sc.peek().end) return null;
  }
  if (tz.hour === NONE && time.comp.length === 0) tzSet(tz, 0);
  day.iso = true;
  return { end: true };
}
// The legacy loop over what parseES5 left; false when the string is invalid.
function parseLegacy(sc, c, first) {
  const { day, time, tz } = c;
  let hasNumber = day.comp.length > 0;
  for (let t = first; !t.end; t = sc.next()) {
    if (t.num !== undefined) {
      hasNumber = true;
      const n = t.num;
      if (sc.skip(':')) {
        if (sc.skip(':')) {
          if (time.comp.length) return false;
          time.comp.push(n, 0);
        } else {
          if (!timeAdd(time, n)) return false;
          if (sc.peek().sym === '.') sc.next();
        }
      } else if (sc.skip('.') && timeExpecting(time, n)) { // the '.' goes even when not a time
        time.comp.push(n);
        if (sc.peek().num === undefined) return false;
        timeAddFinal(time, dateMillis(sc.next()));
      } else if (tz.hour !== NONE && tz.minute === NONE && between(n, 0, 59)) {
        tz.minute = n;
      } else if (timeExpecting(time, n)) {
        timeAddFinal(time, n);
        const p = sc.peek();
        if (!p.end && !p.ws && !isZ(p) && !isSign(p)) return false;
      } else {
        if (day.comp.length >= 3) return false;
        day.comp.push(n);
        sc.skip('-');
      }
    } else if (t.word !== undefined) {
      if (t.type === 'ampm' && time.comp.length) {
        time.ampm = t.value;
      } else if (t.type === 'month') {
        day.named = t.value;
        sc.skip('-');
      } else if (t.type === 'zone' && hasNumber) {
        tzSet(tz, t.value);
      } else {
        if (hasNumber) return false;
        if (sc.peek().num !== undefined) return false;
      }
    } else if (isSign(t) && ((tz.hour === 0 && tz.minute === 0) || time.comp.length)) {
      tz.sign = t.sym === '-' ? -1 : 1;
      let n = 0, len = 0;
      if (sc.peek().num !== undefined) {
        const nt = sc.next();
        n = nt.num;
        len = nt.len;
      }
      hasNumber = true;
      if (sc.peek().sym === ':') {
        tz.hour = n;
        tz.minute = NONE;
      } else if (len === 1 || len === 2) {
        tz.hour = n;
        tz.minute = 0;
      } else if (len === 3 || len === 4) {
        tz.hour = Math.trunc(n / 100);
        tz.minute = n % 100;
      } else {
        return false;
      }
    } else if ((isSign(t) || t.sym === ')') && hasNumber) {
      return false;
    }
  }
  return true;
}
// DayComposer::Write: [year, month (0-based), day], or null.
function dateDay(day) {
  const comp = day.comp;
  if (comp.length < 1) return null;
  while (comp.length < 3) comp.push(1);
  let year = 0, month, d;
  if (day.named === NONE) {
    if (day.iso || !between(comp[0], 1, 31)) [year, month, d] = comp;
    else [month, d, year] = comp;
  } else {
    month = day.named;
    if (!between(comp[0], 1, 31)) [year, d] = comp;
    else [d, year] = comp;
  }
  if (!day.iso) {
    if (between(year, 0, 49)) year += 2000;
    else if (between(year, 50, 99)) year += 1900;
  }
  if (!between(month, 1, 12) || !between(d, 1, 31)) return null;
  return [year, month - 1, d];
}
// TimeComposer::Write: [hours, minutes, seconds, ms], or null.
function dateTime(time) {
  const comp = time.comp;
  while (comp.length < 4) comp.push(0);
  let [h, m, s, ms] = comp;
  if (time.ampm !== NONE) {
    if (!between(h, 0, 12)) return null;
    h = (h % 12) + time.ampm;
  }
  if (!between(h, 0, 23) || !between(m, 0, 59) || !between(s, 0, 59) || !between(ms, 0, 999)) {
    if (h !== 24 || m !== 0 || s !== 0 || ms !== 0) return null;
  }
  return [h, m, s, ms];
}
function parseDate(s) {
  const sc = dateScanner(s), c = dateComposers();
  const rest = parseES5(sc, c);
  if (rest === null || !parseLegacy(sc, c, rest)) return NaN;
  const d = dateDay(c.day), t = dateTime(c.time);
  if (!d || !t) return NaN;
  let date = makeDate(d[0], d[1], d[2], t[0], t[1], t[2], t[3]);
  const tz = c.tz;
  if (tz.sign !== NONE) date -= tz.sign * ((tz.hour ?? 0) * 3600 + (tz.minute ?? 0) * 60) * 1000;
  else if (Math.abs(date) > 8.64e15 + 864000000) return NaN;
  return timeClip(date);
}
function Date(...args) {
  if ($newTarget() === undefined) return dateToString($now());
  let t;
  if (args.length === 0) {
    t = $now();
  } else if (args.length === 1) {
    const v = args[0];
    let p = v;
    if (isObject(v)) {
      try { p = $dateValue(v); } catch { p = hooks.toPrimitive(v, 'default'); }
    }
    t = typeof p === 'string' ? parseDate(p) : +p;
  } else {
    const n = [];
    for (let i = 0; i < 7; i++) n[i] = i < args.length ? +args[i] : i === 2 ? 1 : 0;
    const yi = Math.trunc(n[0]);
    if (yi >= 0 && yi <= 99) n[0] = 1900 + yi;
    t = makeDate(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
  }
  return $dateNew($newTarget().prototype, timeClip(t));
}
$defineValue(Date, 'length', 7, 4);
$defineMethod(Date, 'now', function now() { return $now(); });
$defineMethod(Date, 'parse', function parse(s) { return parseDate(`${s}`); });
$defineMethod(Date, 'UTC', function UTC(y, mo = 0, d = 1, h = 0, mi = 0, s = 0, ms = 0) {
  let yy = +y;
  const yi = Math.trunc(yy);
  if (yi >= 0 && yi <= 99) yy = 1900 + yi;
  return timeClip(makeDate(yy, +mo, +d, +h, +mi, +s, +ms));
});
$defineValue(Date.UTC, 'length', 7, 4);
function fieldOf(d, name) {
  const t = $dateValue(d);
  return Number.isNaN(t) ? NaN : dateFields(t)[name];
}
const dateMethods = {
  getTime() { return $dateValue(this); },
  valueOf() { return $dateValue(this); },
  setTime(t) { $dateValue(this, 'setTime'); const v = timeClip(+t); $dateSet(this, v); return v; },
  getTimezoneOffset() { return Number.isNaN($dateValue(this)) ? NaN : 0; },
  toISOString() {
    const t = $dateValue(this, 'toISOString');
    if (Number.isNaN(t)) throw new RangeError('Invalid time value');
    const f = dateFields(t);
    return `${f.year < 0 || f.year > 9999 ? (f.year < 0 ? '-' : '+') + pad(Math.abs(f.year), 6) : pad(f.year, 4)}-${pad(f.month + 1, 2)}-${pad(f.day, 2)}T${pad(f.hours, 2)}:${pad(f.minutes, 2)}:${pad(f.seconds, 2)}.${pad(f.ms, 3)}Z`;
  },
  toJSON(key) {
    const tv = hooks.toPrimitive(Object(this), 'number');
    if (typeof tv === 'number' && !Number.isFinite(tv)) return null;
    const toISO = this.toISOString;
    if (typeof toISO !== 'function') throw new TypeError('toISOString is not a function');
    return $apply(toISO, this, []);
  },
  toString() { return dateToString($dateValue(this, 'toString')); },
  toDateString() {
    const t = $dateValue(this, 'toDateString');
    return Number.isNaN(t) ? 'Invalid Date' : dateString(dateFields(t));
  },
  toTimeString() {
    const t = $dateValue(this, 'toTimeString');
    return Number.isNaN(t) ? 'Invalid Date' : timeString(dateFields(t));
  },
  toUTCString() {
    const t = $dateValue(this, 'toUTCString');
    if (Number.isNaN(t)) return 'Invalid Date';
    const f = dateFields(t);
    return `${dayNames[f.weekDay]}, ${pad(f.day, 2)} ${monthNames[f.month]} ${yearString(f.year)} ${pad(f.hours, 2)}:${pad(f.minutes, 2)}:${pad(f.seconds, 2)} GMT`;
  },
  toLocaleDateString() {
    const t = $dateValue(this, 'toLocaleDateString');
    if (Number.isNaN(t)) return 'Invalid Date';
    const f = dateFields(t);
    return `${f.month + 1}/${f.day}/${f.year}`;
  },
  toLocaleTimeString() {
    const t = $dateValue(this, 'toLocaleTimeString');
    if (Number.isNaN(t)) return 'Invalid Date';
    const f = dateFields(t);
    return `${f.hours % 12 === 0 ? 12 : f.hours % 12}:${pad(f.minutes, 2)}:${pad(f.seconds, 2)} ${f.hours < 12 ? 'AM' : 'PM'}`;
  },
  toLocaleString() {
    const t = $dateValue(this, 'toLocaleString');
    return Number.isNaN(t) ? 'Invalid Date' : `${this.toLocaleDateString()}, ${this.toLocaleTimeString()}`;
  },
  getYear() { const t = $dateValue(this, 'getYear'); return Number.isNaN(t) ? NaN : dateFields(t).year - 1900; },
  setYear(year) { // Annex B: two-digit years are 19xx
    const t = $dateValue(this, 'setYear');
    let y = +year;
    if (Number.isNaN(y)) { $dateSet(this, NaN); return NaN; }
    const yi = Math.trunc(y);
    if (yi >= 0 && yi <= 99) y = 1900 + yi;
    const f = dateFields(Number.isNaN(t) ? 0 : t);
    const v = timeClip(makeDate(y, f.month, f.day, f.hours, f.minutes, f.seconds, f.ms));
    $dateSet(this, v);
    return v;
  },
};
dateMethods.toGMTString = dateMethods.toUTCString;
// Date.prototype.setX(...): the fields from `first` on (0 year .. 6 ms) take
// the arguments given, at most `max` (the first always: undefined is NaN).
// As in V8, an invalid date stays invalid, with only the first argument
// converted, except for setFullYear, which starts from +0.
function dateSet(d, name, first, max, args) {
  const t = $dateValue(d, name);
  const v0 = +args[0];
  if (Number.isNaN(t) && first !== 0) return NaN;
  const f = dateFields(Number.isNaN(t) ? 0 : t);
  const v = [f.year, f.month, f.day, f.hours, f.minutes, f.seconds, f.ms];
  v[first] = v0;
  for (let i = 1; i < Math.min(args.length, max); i++) v[first + i] = +args[i];
  const r = timeClip(makeDate(v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
  $dateSet(d, r);
  return r;
}
// The getters and setters, local time and UTC alike (the zone is UTC):
// [name, field of dateFields, first field set, setter's length].
for (const [name, field, first, max] of [['FullYear', 'year', 0, 3], ['Month', 'month', 1, 2],
  ['Date', 'day', 2, 1], ['Day', 'weekDay'], ['Hours', 'hours', 3, 4], ['Minutes', 'minutes', 4, 3],
  ['Seconds', 'seconds', 5, 2], ['Milliseconds', 'ms', 6, 1]]) {
  for (const get of [`get${name}`, `getUTC${name}`]) dateMethods[get] = { [get]() { return fieldOf(this, field); } }[get];
  if (max === undefined) continue;
  for (const set of [`set${name}`, `setUTC${name}`]) {
    dateMethods[set] = { [set](...args) { return dateSet(this, set, first, max, args); } }[set];
    $defineValue(dateMethods[set], 'length', max, 4);
  }
}
// in V8's order (Object.getOwnPropertyNames)
for (const name of ['toString', 'toDateString', 'toTimeString', 'toISOString', 'toUTCString', 'toGMTString', 'getDate',
  'setDate', 'getDay', 'getFullYear', 'setFullYear', 'getHours', 'setHours', 'getMilliseconds', 'setMilliseconds',
  'getMinutes', 'setMinutes', 'getMonth', 'setMonth', 'getSeconds', 'setSeconds', 'getTime', 'setTime',
  'getTimezoneOffset', 'getUTCDate', 'setUTCDate', 'getUTCDay', 'getUTCFullYear', 'setUTCFullYear', 'getUTCHours',
  'setUTCHours', 'getUTCMilliseconds', 'setUTCMilliseconds', 'getUTCMinutes', 'setUTCMinutes', 'getUTCMonth',
  'setUTCMonth', 'getUTCSeconds', 'setUTCSeconds', 'valueOf', 'getYear', 'setYear', 'toJSON', 'toLocaleString',
  'toLocaleDateString', 'toLocaleTimeString'])
  $defineMethod(Date.prototype, name, dateMethods[name]);
const dateToPrimitive = { [$symToPrimitive](hint) {
  if (!isObject(this)) throw new TypeError('Date.prototype [ @@toPrimitive ] called on non-object');
  if (hint !== 'string' && hint !== 'default' && hint !== 'number') throw new TypeError(`Invalid hint: ${String(hint)}`);
  return ordinaryToPrimitive(this, hint === 'number' ? 'number' : 'string');
} };
$defineValue(Date.prototype, $symToPrimitive, dateToPrimitive[$symToPrimitive], 4); // configurable only
$defineMethod($global, 'Date', Date);
$defineMethod($global, 'performance', { now() { return $perfNow(); }, timeOrigin: 1767225600000 });
$setHook('random', function random() { return $random(); });

// --- fetch (a modelled I/O of unknown latency) ----------------------------------------------

class Response {
  constructor(url, status, body) {
    this.status = status;
    this.ok = status >= 200 && status < 300;
    this.url = url;
    $defineValue(this, '_body', body, 0);
  }
  json() { return Promise.resolve(JSON.parse(this._body)); }
  text() { return Promise.resolve(this._body); }
}
$defineMethod($global, 'fetch', function fetch(url) {
  return $fetchRaw(`${url}`).then((pair) => new Response(`${url}`, pair[0], pair[1]));
});
$defineMethod($global, 'Response', Response);

// --- modules --------------------------------------------------------------------------------

function callbackArg(args) {
  const cb = args[args.length - 1];
  checkCallback(cb);
  return cb;
}
const fs = {
  readFile(path, ...rest) { $readFile(path, callbackArg(rest)); },
  readFileSync(path) { return $readFileSync(path); },
  stat(path, ...rest) { $stat(path, callbackArg(rest)); },
  access(path, ...rest) { $access(path, callbackArg(rest)); },
  existsSync(path) { try { $readFileSync(path); return true; } catch (e) { return false; } },
};
fs.promises = {
  readFile(path) {
    return new Promise((resolve, reject) => fs.readFile(path, (err, data) => (err ? reject(err) : resolve(data))));
  },
};

const util = {
  inspect(v, opts) { return $inspect(v, opts); },
  format(...args) { return $format(...args); },
  promisify(original) {
    if (typeof original !== 'function') throw invalidArgType('original', 'of type function', original);
    const custom = original[kCustomPromisify];
    if (custom) {
      if (typeof custom !== 'function') throw propertyType('util.promisify.custom', 'of type function', custom);
      $defineValue(custom, kCustomPromisify, custom, 4);
      return custom;
    }
    function fn(...args) {
      return new Promise((resolve, reject) => {
        original.call(this, ...args, (err, ...values) => (err ? reject(err) : resolve(values[0])));
      });
    }
    Object.setPrototypeOf(fn, $getPrototypeOf(original));
    $defineValue(fn, kCustomPromisify, fn, 4);
    Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
    $defineValue(fn, 'name', original.name, 4);
    $defineValue(fn, 'length', original.length, 4);
    return fn;
  },
  isDeepStrictEqual(a, b) { return deepEqual(a, b); },
  inherits(ctor, superCtor) {
    if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'of type function', ctor);
    if (superCtor === undefined || superCtor === null) throw invalidArgType('superCtor', 'of type function', superCtor);
    if (superCtor.prototype === undefined) throw invalidArgType('superCtor.prototype', 'of type object', undefined);
    $defineValue(ctor, 'super_', superCtor, 5);
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  },
  deprecate(fn, msg, code) {
    if (code !== undefined && typeof code !== 'string') throw invalidArgType('code', 'of type string', code);
    let warned = false;
    function deprecated(...args) {
      if (!$process().noDeprecation && !warned) {
        warned = true;
        if (code === undefined) process.emitWarning(msg, 'DeprecationWarning', deprecated);
        else if (!deprecationCodes.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          deprecationCodes.add(code);
        }
      }
      // (its prototype is fn.prototype, so `new fn` makes what node makes)
      if ($newTarget() !== undefined) return new fn(...args);
      return fn.apply(this, args);
    }
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    return deprecated;
  },
  callbackify(original) {
    if (typeof original !== 'function') throw invalidArgType('original', 'of type function', original);
    function callbackified(...args) {
      const maybeCb = args.pop();
      if (typeof maybeCb !== 'function') throw invalidArgType('last argument', 'of type function', maybeCb);
      const cb = maybeCb.bind(this);
      original.apply(this, args).then((ret) => process.nextTick(cb, null, ret),
        (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
    }
    Object.defineProperties(callbackified, Object.getOwnPropertyDescriptors(original));
    const { length, name } = original;
    if (typeof length === 'number') $defineValue(callbackified, 'length', length + 1, 4);
    if (typeof name === 'string') $defineValue(callbackified, 'name', `${name}Callbackified`, 4);
    return callbackified;
  },
  isArray: Array.isArray,
  types: {
    isPromise(v) { return $isPromise(v); },
    isDate(v) { return $typeTag(v) === 'Date'; },
    isRegExp(v) { return $typeTag(v) === 'RegExp'; },
    isMap(v) { return $typeTag(v) === 'Map'; },
    isSet(v) { return $typeTag(v) === 'Set'; },
    isWeakMap(v) { return $typeTag(v) === 'WeakMap'; },
    isWeakSet(v) { return $typeTag(v) === 'WeakSet'; },
    isMapIterator(v) { return $typeTag(v) === 'MapIterator'; },
    isSetIterator(v) { return $typeTag(v) === 'SetIterator'; },
    isGeneratorObject(v) { return $typeTag(v) === 'Generator'; },
    isArgumentsObject(v) { return $typeTag(v) === 'Arguments'; },
    isBoxedPrimitive(v) { return $typeTag(v) === 'Boxed'; },
    // node's DOMException is not made by the Error constructor
    isNativeError(v) { return $typeTag(v) === 'Error' && !(v instanceof DOMException); },
    isAsyncFunction(v) { const t = $typeTag(v); return t === 'AsyncFunction' || t === 'AsyncGeneratorFunction'; },
    isGeneratorFunction(v) { const t = $typeTag(v); return t === 'GeneratorFunction' || t === 'AsyncGeneratorFunction'; },
  },
};
const deprecationCodes = new Set();
// util.callbackify: a falsy rejection reaches the callback as an Error.
function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const e = new Error('Promise was rejected with falsy value');
    $defineValue(e, 'code', 'ERR_FALSY_VALUE_REJECTION', 7);
    e.reason = reason;
    reason = e;
  }
  return cb(reason);
}

util.promisify.custom = kCustomPromisify;

// --- util.inspect.custom ----------------------------------------------------------------
// inspect.c formats values but cannot call a [util.inspect.custom] function:
// $inspect(v, opts, results) either finishes or names the next object whose
// function must run, and this loop runs it (with node's arguments: depth
// left, the options, util.inspect) and asks again with its result added.
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');
util.inspect.custom = kInspectCustom;
$setHook('inspectCustomSymbol', kInspectCustom);
function stylizeNoColor(str) { return str; }
// node's getUserOptions: the context's options, then any the caller gave
function customInspectOptions(opts) {
  const o = {
    stylize: stylizeNoColor, showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false,
    maxArrayLength: 100, maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false, getters: false,
    numericSeparator: false,
  };
  if (typeof opts === 'boolean') o.showHidden = opts;
  else if (isObject(opts)) for (const k of Object.keys(opts)) o[k] = opts[k];
  return o;
}
$setHook('inspectCustom', function inspect(value, opts) {
  const results = [];
  const options = customInspectOptions(opts);
  for (;;) {
    const step = $inspect(value, opts, results);
    if (typeof step === 'string') return step;
    const obj = step[0], depth = options.depth === null ? null : options.depth - step[1];
    results[results.length] = obj[kInspectCustom](depth, customInspectOptions(opts), util.inspect);
  }
});

function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (!isObject(a) || !isObject(b)) return false;
  if ($getPrototypeOf(a) !== $getPrototypeOf(b)) return false;
  const fa = $regexpData(a, 1), fb = $regexpData(b, 1); // RegExps: pattern, flags, lastIndex too
  if (fa !== fb || (fa !== undefined && ($regexpData(a, 0) !== $regexpData(b, 0) || a.lastIndex !== b.lastIndex)))
    return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!deepEqual(a[k], b[k])) return false;
  return true;
}

class AssertionError extends Error {
  constructor(message) {
    super(message);
    this.name = 'AssertionError';
    this.code = 'ERR_ASSERTION';
  }
}
function assert(value, message) {
  if (!value) throw new AssertionError(message || 'The expression evaluated to a falsy value');
}
assert.ok = assert;
assert.equal = (a, b, m) => { if (a != b) throw new AssertionError(m || `${$inspect(a)} == ${$inspect(b)}`); };
assert.strictEqual = (a, b, m) => {
  if (!Object.is(a, b)) throw new AssertionError(m || `Expected values to be strictly equal:\n\n${$inspect(a)} !== ${$inspect(b)}\n`);
};
assert.deepStrictEqual = (a, b, m) => {
  if (!deepEqual(a, b)) throw new AssertionError(m || 'Expected values to be strictly deep-equal');
};
assert.deepEqual = assert.deepStrictEqual;
assert.notStrictEqual = (a, b, m) => { if (Object.is(a, b)) throw new AssertionError(m || 'Expected values to be not strictly equal'); };
assert.throws = (fn, expected, m) => {
  try { fn(); } catch (e) { return; }
  throw new AssertionError(m || 'Missing expected exception.');
};
function assertMatch(string, regexp, message, want) {
  if ($regexpData(regexp, 0) === undefined) throw invalidArgType('regexp', 'an instance of RegExp', regexp);
  if (typeof string !== 'string')
    throw new AssertionError(message || `The "string" argument must be of type string. Received ${describe(string)}`);
  if (regexp.test(string) === want) return;
  if (message instanceof Error) throw message;
  const what = want ? 'did not match' : 'was expected to not match';
  throw new AssertionError(message || `The input ${what} the regular expression ${$inspect(regexp)}. Input:\n\n${$inspect(string)}\n`);
}
assert.match = (string, regexp, message) => assertMatch(string, regexp, message, true);
assert.doesNotMatch = (string, regexp, message) => assertMatch(string, regexp, message, false);
assert.AssertionError = AssertionError;
assert.strict = assert;

const modules = {
  events: EventEmitter,
  fs,
  'fs/promises': fs.promises,
  timers,
  'timers/promises': timersPromises,
  util,
  assert,
  'assert/strict': assert,
};
function builtinName(id) { return `${id}`.startsWith('node:') ? `${id}`.slice(5) : `${id}`; }
$setHook('require', function require(id) {
  const name = builtinName(id);
  if (name === 'worker_threads') return $workerThreads(); /* one per realm */
  if ($getOwnValue(modules, name) !== undefined) return modules[name];
  return $unsupported(`require('${id}')`);
});

// --- ES modules: import of built-in modules --------------------------------------------------

// The names node v20 exports from each built-in module to ES modules (besides
// `default`): the enumerable own keys of its module.exports, recorded from node.
// Names ticktock does not model are reported as unsupported, not as missing.
const esmExportNames = {
  'events': 'EventEmitter EventEmitterAsyncResource addAbortListener captureRejectionSymbol captureRejections defaultMaxListeners errorMonitor getEventListeners getMaxListeners init listenerCount on once setMaxListeners usingDomains',
  'fs': 'Dir Dirent F_OK FileReadStream FileWriteStream R_OK ReadStream Stats W_OK WriteStream X_OK _toUnixTimestamp access accessSync appendFile appendFileSync chmod chmodSync chown chownSync close closeSync constants copyFile copyFileSync cp cpSync createReadStream createWriteStream exists existsSync fchmod fchmodSync fchown fchownSync fdatasync fdatasyncSync fstat fstatSync fsync fsyncSync ftruncate ftruncateSync futimes futimesSync lchmod lchmodSync lchown lchownSync link linkSync lstat lstatSync lutimes lutimesSync mkdir mkdirSync mkdtemp mkdtempSync open openAsBlob openSync opendir opendirSync promises read readFile readFileSync readSync readdir readdirSync readlink readlinkSync readv readvSync realpath realpathSync rename renameSync rm rmSync rmdir rmdirSync stat statSync statfs statfsSync symlink symlinkSync truncate truncateSync unlink unlinkSync unwatchFile utimes utimesSync watch watchFile write writeFile writeFileSync writeSync writev writevSync',
  'fs/promises': 'access appendFile chmod chown constants copyFile cp lchmod lchown link lstat lutimes mkdir mkdtemp open opendir readFile readdir readlink realpath rename rm rmdir stat statfs symlink truncate unlink utimes watch writeFile',
  'timers': '_unrefActive active clearImmediate clearInterval clearTimeout enroll promises setImmediate setInterval setTimeout unenroll',
  'timers/promises': 'scheduler setImmediate setInterval setTimeout',
  'util': 'MIMEParams MIMEType TextDecoder TextEncoder _errnoException _exceptionWithHostPort _extend aborted callbackify debug debuglog deprecate format formatWithOptions getSystemErrorMap getSystemErrorName inherits inspect isArray isBoolean isBuffer isDate isDeepStrictEqual isError isFunction isNull isNullOrUndefined isNumber isObject isPrimitive isRegExp isString isSymbol isUndefined log parseArgs parseEnv promisify stripVTControlCharacters styleText toUSVString transferableAbortController transferableAbortSignal types',
  'assert': 'AssertionError CallTracker deepEqual deepStrictEqual doesNotMatch doesNotReject doesNotThrow equal fail ifError match notDeepEqual notDeepStrictEqual notEqual notStrictEqual ok rejects strict strictEqual throws',
  'assert/strict': 'AssertionError CallTracker deepEqual deepStrictEqual doesNotMatch doesNotReject doesNotThrow equal fail ifError match notDeepEqual notDeepStrictEqual notEqual notStrictEqual ok rejects strict strictEqual throws',
  'worker_threads': 'BroadcastChannel MessageChannel MessagePort SHARE_ENV Worker getEnvironmentData isMainThread markAsUntransferable moveMessagePortToContext parentPort postMessageToThread receiveMessageOnPort resourceLimits setEnvironmentData threadId workerData',
};
const esmNamespaces = {}; /* one namespace object per module, as in node */
const esmLinkFrames = [
  'ModuleJob._instantiate (node:internal/modules/esm/module_job:213:21)',
  'async ModuleJob.run (node:internal/modules/esm/module_job:320:5)',
  'async ModuleLoader.import (node:internal/modules/esm/loader:606:24)',
  'async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)',
].map((f) => `    at ${f}`).join('\n');

// The module namespace object: null prototype, the export names in sorted order
// (read-only: assignment throws, as for node's), `default` = module.exports,
// not extensible, [Symbol.toStringTag] 'Module' (inspect shows [Module: null prototype]).
function esmNamespace(name, exports) {
  const ns = Object.create(null);
  const keys = [...esmExportNames[name].split(' '), 'default'].sort();
  for (const k of keys) {
    const v = k === 'default' ? exports : exports[k];
    if (v !== undefined || k in exports) $defineValue(ns, k, v, 2);
  }
  $defineValue(ns, Symbol.toStringTag, 'Module', 0);
  Object.preventExtensions(ns);
  return ns;
}

// hooks.esmImport(module, name): compiled into an ES module before its first
// statement, once per import binding (name undefined: the namespace).  A name
// the module does not export is node's link-time SyntaxError.
$setHook('esmImport', function esmImport(id, name) {
  const key = builtinName(id);
  let ns = $getOwnValue(esmNamespaces, key);
  if (ns === undefined) ns = esmNamespaces[key] = esmNamespace(key, hooks.require(id));
  if (name === undefined) return ns;
  if (name in ns) return ns[name];
  if (name !== 'default' && esmExportNames[key].split(' ').includes(name))
    return $unsupported(`import { ${name} } from '${id}'`);
  const message = `The requested module '${id}' does not provide an export named '${name}'`;
  const err = new SyntaxError(message);
  err.stack = `SyntaxError: ${message}\n${esmLinkFrames}`;
  $defineValue(err, 'esmLinkWidth', name.length, 0); /* how host_node.c prints it */
  throw err;
});
