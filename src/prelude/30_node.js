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
  emitWarning(warning) {
    console.error(`(node:PID) ${typeof warning === 'string' ? `Warning: ${warning}` : warning}`);
  },
};
function makeProcess() {
  const process = new EventEmitter();
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
    return $timerCreate(callback, after, args.length ? args : undefined, false);
  },
  setInterval(callback, repeat, ...args) {
    checkCallback(callback);
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

const timersPromises = {
  setTimeout(delay, value) {
    return new Promise((resolve) => timers.setTimeout(resolve, delay, value));
  },
  setImmediate(value) {
    return new Promise((resolve) => timers.setImmediate(resolve, value));
  },
};

// --- clocks, randomness -----------------------------------------------------------------

function Date(...args) {
  if ($newTarget() === undefined) return new Date().toString();
  const d = Object.create(Date.prototype);
  $defineValue(d, '_t', args.length === 0 ? $now() : +args[0], 0);
  return d;
}
Date.now = function now() { return $now(); };
const dateMethods = {
  getTime() { return this._t; },
  valueOf() { return this._t; },
  toISOString() {
    const t = this._t, ms = ((t % 1000) + 1000) % 1000, secs = Math.floor(t / 1000);
    const days = Math.floor(secs / 86400), rem = secs - days * 86400;
    const z = days + 719468, era = Math.floor(z / 146097), doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)), mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1, month = mp < 10 ? mp + 3 : mp - 9;
    const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    const p = (n, w) => `${n}`.padStart(w, '0');
    return `${p(year, 4)}-${p(month, 2)}-${p(day, 2)}T${p(Math.floor(rem / 3600), 2)}:${p(Math.floor(rem % 3600 / 60), 2)}:${p(rem % 60, 2)}.${p(ms, 3)}Z`;
  },
  toJSON() { return this.toISOString(); },
  toString() { return this.toISOString(); },
};
for (const name of Object.keys(dateMethods)) $defineMethod(Date.prototype, name, dateMethods[name]);
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
  access(path, ...rest) { $stat(path, callbackArg(rest)); },
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
  promisify(fn) {
    checkCallback(fn);
    return function (...args) {
      return new Promise((resolve, reject) => {
        fn.call(this, ...args, (err, value) => (err ? reject(err) : resolve(value)));
      });
    };
  },
  isDeepStrictEqual(a, b) { return deepEqual(a, b); },
  types: { isPromise(v) { return $isPromise(v); } },
};

function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (!isObject(a) || !isObject(b)) return false;
  if ($getPrototypeOf(a) !== $getPrototypeOf(b)) return false;
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
$setHook('require', function require(id) {
  const name = `${id}`.startsWith('node:') ? `${id}`.slice(5) : `${id}`;
  if (name === 'worker_threads') return $workerThreads(); /* one per realm */
  if ($getOwnValue(modules, name) !== undefined) return modules[name];
  return $unsupported(`require('${id}')`);
});
