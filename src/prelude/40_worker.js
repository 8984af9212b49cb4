// worker_threads and the web messaging globals: MessagePort, MessageChannel,
// MessageEvent, Worker, structuredClone (DOMException: 25_abort.js).  Queues, threads and
// the order of delivery live in host_worker.c; this is their JavaScript side:
// listener bookkeeping (a port receives and keeps its loop alive while it has
// 'message' listeners), dispatch, the Worker's lifecycle events and the
// structured clone (node's lib/internal/worker.js and worker/io.js).

function missingArgs(text) {
  const e = new TypeError(text);
  $defineValue(e, 'code', 'ERR_MISSING_ARGS', 7);
  return e;
}

// --- DOMException and the structured clone ----------------------------------------

// DOMException: 25_abort.js.

function dataCloneError(v) {
  let text;
  if (typeof v === 'symbol' || typeof v === 'function') text = String(v);
  else {
    const ctor = v.constructor;
    text = `#<${typeof ctor === 'function' && ctor.name ? ctor.name : 'Object'}>`;
  }
  return new DOMException(`${text} could not be cloned.`, 'DataCloneError');
}

// HTML's StructuredSerialize + Deserialize in one go, for the value kinds
// the subset has: primitives, plain objects (and class instances, which
// become plain objects), arrays (holes and extra properties kept), Map,
// Set, Date, RegExp, Error (the nearest standard class), boxed primitives; shared
// and cyclic references are preserved.  Functions, symbols, promises and
// other exotic objects throw a DataCloneError.
function cloneValue(v, memo) {
  const kind = $cloneKind(v);
  if (kind === 'prim') return v;
  if (kind === 'uncloneable') throw dataCloneError(v);
  const seen = memo.get(v);
  if (seen !== undefined) return seen;
  let c;
  if (kind === 'array') {
    c = new Array(v.length);
    memo.set(v, c);
    for (const k of Object.keys(v)) c[k] = cloneValue(v[k], memo);
    return c;
  }
  if (kind === 'map') {
    c = new Map();
    memo.set(v, c);
    for (const [k, x] of v) c.set(cloneValue(k, memo), cloneValue(x, memo));
    return c;
  }
  if (kind === 'set') {
    c = new Set();
    memo.set(v, c);
    for (const x of v) c.add(cloneValue(x, memo));
    return c;
  }
  if (kind === 'error') {
    c = $cloneError(v);
    memo.set(v, c);
    if (Object.prototype.hasOwnProperty.call(v, 'cause'))
      $defineValue(c, 'cause', cloneValue(v.cause, memo), 5);
    return c;
  }
  if (kind === 'regexp') { // source and flags; lastIndex starts at 0 again
    c = $regexpNew(RegExpProto, $regexpData(v, 0), $regexpData(v, 1));
    memo.set(v, c);
    return c;
  }
  if (kind === 'boxed') {
    c = Object(v.valueOf());
    memo.set(v, c);
    return c;
  }
  if (v instanceof Date) {
    c = new Date(v.getTime());
    memo.set(v, c);
    return c;
  }
  c = {};
  memo.set(v, c);
  for (const k of Object.keys(v)) c[k] = cloneValue(v[k], memo);
  return c;
}

function structuredClone(value, options) {
  if (arguments.length === 0) throw missingArgs('The value argument must be specified');
  return cloneValue(value, new Map());
}
$defineMethod($global, 'structuredClone', structuredClone);

// --- MessageEvent ----------------------------------------------------------------------

class MessageEvent extends Event {
  constructor(type, init) {
    super(type);
    $defineValue(this, '_data', isObject(init) && init.data !== undefined ? init.data : null, 0);
  }
  get data() { return this._data; }
  get origin() { return ''; }
  get lastEventId() { return ''; }
  get source() { return null; }
  get ports() { return []; }
}

// --- MessagePort ------------------------------------------------------------------------------

const kPortListeners = Symbol('kPortListeners'); // [{ type, fn, once, node }]
const kPortHandlers = Symbol('kPortHandlers');   // onmessage / onmessageerror entries
const kInternal = Symbol('kInternal');           // internal ports: their message handler

const PORT_STARTED = 1, PORT_REFED = 2;

function portListeners(port) {
  let list = port[kPortListeners];
  if (list === undefined) {
    list = [];
    $defineValue(port, kPortListeners, list, 0);
  }
  return list;
}

function countType(list, type) {
  let n = 0;
  for (const e of list) if (e.type === type) n++;
  return n;
}

// node's setupPortReferencing: the first 'message' listener starts the port
// and refs it, removing the last one stops and unrefs it.
function addPortListener(port, type, fn, once, node) {
  const list = portListeners(port);
  if (!node) for (const e of list) if (e.type === type && e.fn === fn && !e.node) return e;
  const entry = { type, fn, once, node };
  const before = countType(list, type);
  list[list.length] = entry;
  if (type === 'message' && before === 0) {
    $portFlag(port, PORT_REFED, true);
    $portFlag(port, PORT_STARTED, true);
  }
  return entry;
}

function removePortEntry(port, entry) {
  const list = portListeners(port);
  const i = list.indexOf(entry);
  if (i < 0) return;
  list.splice(i, 1);
  entry.removed = true;
  if (entry.type === 'message' && countType(list, 'message') === 0) {
    $portFlag(port, PORT_STARTED, false);
    $portFlag(port, PORT_REFED, false);
  }
}

function removePortListener(port, type, fn, node) {
  for (const e of portListeners(port))
    if (e.type === type && (e.fn === fn || e.fn.listener === fn) && e.node === node) return removePortEntry(port, e);
}

function dispatchPort(port, type, data) {
  const list = port[kPortListeners];
  if (list === undefined) return;
  let event;
  for (const entry of list.slice()) {
    if (entry.type !== type || entry.removed) continue;
    if (entry.once) removePortEntry(port, entry);
    if (entry.node && type === 'message') {
      entry.fn.call(port, data);
      continue;
    }
    if (event === undefined) {
      event = type === 'message' ? new MessageEvent('message', { data }) : new Event(type);
      event._target = port;
      event._current = port;
    }
    entry.fn.call(port, event);
  }
}

function setPortHandler(port, type, fn) {
  let handlers = port[kPortHandlers];
  if (handlers === undefined) {
    handlers = {};
    $defineValue(port, kPortHandlers, handlers, 0);
  }
  const cur = handlers[type];
  if (typeof fn === 'function') {
    if (cur !== undefined) cur.fn = fn;
    else handlers[type] = addPortListener(port, type, fn, false, false);
  } else if (cur !== undefined) {
    removePortEntry(port, cur);
    handlers[type] = undefined;
  }
}

function transferHasPorts(transfer) {
  const list = isObject(transfer) && !Array.isArray(transfer) ? transfer.transfer : transfer;
  if (!Array.isArray(list)) return false;
  for (const x of list) if ($cloneKind(x) === 'uncloneable' && x instanceof MessagePort) return true;
  return false;
}

class MessagePort extends EventTarget {
  constructor() {
    const e = new TypeError('Constructor cannot be called');
    $defineValue(e, 'code', 'ERR_CONSTRUCT_CALL_INVALID', 7);
    throw e;
  }
  postMessage(message, transfer) {
    if (arguments.length === 0) throw missingArgs('Not enough arguments to MessagePort.postMessage');
    if (transferHasPorts(transfer)) return $unsupported('transferring a MessagePort with postMessage');
    $portPost(this, structuredClone(message));
  }
  start() { $portFlag(this, PORT_STARTED, true); }
  close(callback) {
    if (typeof callback === 'function') this.once('close', callback);
    $portClose(this, false);
  }
  ref() { $portFlag(this, PORT_REFED, true); }
  unref() { $portFlag(this, PORT_REFED, false); }
  hasRef() { return $portFlag(this, PORT_REFED, undefined); }
  on(type, listener) {
    checkListener(listener);
    addPortListener(this, `${type}`, listener, false, true);
    return this;
  }
  addListener(type, listener) { return this.on(type, listener); }
  once(type, listener) {
    checkListener(listener);
    addPortListener(this, `${type}`, listener, true, true);
    return this;
  }
  off(type, listener) {
    removePortListener(this, `${type}`, listener, true);
    return this;
  }
  removeListener(type, listener) { return this.off(type, listener); }
  removeAllListeners(type) {
    for (const e of portListeners(this).slice()) if (type === undefined || e.type === `${type}`) removePortEntry(this, e);
    return this;
  }
  listenerCount(type) { return countType(portListeners(this), `${type}`); }
  eventNames() {
    const names = [];
    for (const e of portListeners(this)) if (!names.includes(e.type)) names[names.length] = e.type;
    return names;
  }
  emit(type, arg) {
    const had = countType(portListeners(this), `${type}`) > 0;
    dispatchPort(this, `${type}`, arg);
    return had;
  }
  addEventListener(type, listener, options) {
    if (listener === null || listener === undefined) return;
    const once = isObject(options) && !!options.once;
    addPortListener(this, `${type}`, listener, once, false);
  }
  removeEventListener(type, listener) { removePortListener(this, `${type}`, listener, false); }
  dispatchEvent(event) {
    if (!(event instanceof Event)) throw invalidArgType('event', 'an instance of Event', event);
    dispatchPort(this, event.type, event instanceof MessageEvent ? event.data : undefined);
    return true;
  }
  get onmessage() {
    const h = this[kPortHandlers];
    return h && h.message ? h.message.fn : null;
  }
  set onmessage(fn) { setPortHandler(this, 'message', fn); }
  get onmessageerror() {
    const h = this[kPortHandlers];
    return h && h.messageerror ? h.messageerror.fn : null;
  }
  set onmessageerror(fn) { setPortHandler(this, 'messageerror', fn); }
}
$setHook('MessagePortProto', MessagePort.prototype);

// A port's turn in the poll phase: one message (host_worker.c's pass).
$setHook('portDeliver', function portDeliver(port, data) {
  const internal = port[kInternal];
  if (internal !== undefined) return internal(data, port);
  dispatchPort(port, 'message', data);
});
// The close-callbacks phase.
$setHook('portClose', function portClose(port) { dispatchPort(port, 'close', undefined); });

class MessageChannel {
  constructor() {
    const pair = $portPair();
    this.port1 = pair[0];
    this.port2 = pair[1];
  }
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) throw invalidArgType('port', 'an instance of MessagePort', port);
  const got = $portTake(port, false);
  return got.length ? { message: got[0] } : undefined;
}

// --- Worker --------------------------------------------------------------------------------

const kHandle = Symbol('kHandle');           // the thread id, null once it ended
const kPort = Symbol('kPort');               // the parent's end of the internal channel
const kPublicPort = Symbol('kPublicPort');   // the parent's end of the public channel

// Messages on a worker's internal channel, parent side: 'online'
// (UP_AND_RUNNING), 'stdio' (the worker's output: written here, then
// acknowledged after a tick, as the parent's Readable asks for more), 'error'.
function parentInternal(worker, kport, msg) {
  if (msg.type === 'online') return worker.emit('online');
  if (msg.type === 'stdio') {
    $writeOut(msg.fd, msg.text);
    $nextTick(() => { $portPost(kport, { type: 'wants', fd: msg.fd }); }, undefined);
    return;
  }
  if (msg.type === 'error') return worker.emit('error', msg.error);
  if (msg.type === 'couldNotSerialize') {
    const e = new Error('Serializing an uncaught exception failed');
    $defineValue(e, 'code', 'ERR_WORKER_UNSERIALIZABLE_ERROR', 7);
    worker.emit('error', e);
  }
}

// Worker side: LOAD_SCRIPT starts the module; 'wants' acknowledges output.
function childInternal(msg, port) {
  if (msg.type === 'load') {
    const wt = $workerThreads(), process = $process();
    wt.parentPort = msg.port;
    wt.workerData = msg.workerData;
    if (!msg.isEval) process.argv = [process.execPath, msg.filename]; /* eval: as prepared */
    $portFlag(port, PORT_REFED, false);
    $portPost(port, { type: 'online' });
    $workerRunMain();
    return;
  }
  if (msg.type === 'wants') $stdioAck(msg.fd);
}

function workerPathError(filename) {
  const e = new TypeError("The worker script or module filename must be an absolute path or a relative path " +
    `starting with './' or '../'. Received "${filename}"`);
  $defineValue(e, 'code', 'ERR_WORKER_PATH', 7);
  return e;
}

class Worker extends EventEmitter {
  constructor(filename, options) {
    super();
    const opts = isObject(options) ? options : {};
    const isEval = !!opts.eval;
    if (typeof filename !== 'string') throw invalidArgType('filename', 'of type string or an instance of URL', filename);
    if (!isEval && !filename.startsWith('/') && !filename.startsWith('./') && !filename.startsWith('../'))
      throw workerPathError(filename);
    const workerData = structuredClone(opts.workerData);
    let h = $workerCreate(this, filename, isEval, undefined);
    if (h === undefined) h = $workerCreate(this, filename, isEval, [hooks.makeWorkerProcess(), makeWorkerThreads(false)]);
    if (h === false) {
      return $unsupported(isEval ? 'new Worker(code, { eval: true }) with code that is not a literal of the program'
        : `new Worker('${filename}'): only the program's own file (__filename) can run as a worker`);
    }
    const kport = h[0], pub = h[1], worker = this;
    $defineValue(this, kHandle, h[4], 1);
    $defineValue(this, kPort, kport, 1);
    $defineValue(this, kPublicPort, pub, 1);
    $defineValue(kport, kInternal, (msg) => parentInternal(worker, kport, msg), 0);
    $defineValue(h[3], kInternal, childInternal, 0);
    addPortListener(pub, 'message', (m) => worker.emit('message', m), false, true);
    // the public port is ref'd while the Worker has 'message' listeners
    $portFlag(pub, PORT_REFED, false);
    this.on('newListener', (name) => {
      if (name === 'message' && worker.listenerCount('message') === 0) $portFlag(pub, PORT_REFED, true);
    });
    this.on('removeListener', (name) => {
      if (name === 'message' && worker.listenerCount('message') === 0) $portFlag(pub, PORT_REFED, false);
    });
    // the parent's stdout and stderr Readables ask for data once at first
    $nextTick(() => { $portPost(kport, { type: 'wants', fd: 1 }); }, undefined);
    $nextTick(() => { $portPost(kport, { type: 'wants', fd: 2 }); }, undefined);
    $portPost(kport, { type: 'load', workerData, port: h[2], filename, isEval });
    $nextTick(() => { $process().emit('worker', worker); }, undefined);
  }
  postMessage(...args) {
    const pub = this[kPublicPort];
    if (pub === null) return;
    pub.postMessage(...args);
  }
  terminate(callback) {
    this.ref();
    if (typeof callback === 'function') {
      $process().emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.');
      if (this[kHandle] === null) return Promise.resolve();
      this.once('exit', (code) => callback(null, code));
    }
    if (this[kHandle] === null) return Promise.resolve();
    $workerTerminate(this[kHandle]);
    return new Promise((resolve) => { this.once('exit', resolve); });
  }
  ref() {
    if (this[kHandle] === null) return;
    $workerRef(this[kHandle], true);
    $portFlag(this[kPublicPort], PORT_REFED, true);
  }
  unref() {
    if (this[kHandle] === null) return;
    $workerRef(this[kHandle], false);
    $portFlag(this[kPublicPort], PORT_REFED, false);
  }
  get threadId() { return this[kHandle] === null ? -1 : this[kHandle]; }
  get resourceLimits() { return this[kHandle] === null ? {} : { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 2048, codeRangeSizeMb: 0, stackSizeMb: 4 }; }
}

// The parent handles the end of a worker (node's kOnExit): what is left on
// the public port, then on the internal port, is delivered at once (no
// ticks between), then 'exit'.
$setHook('workerExit', function workerExit(worker, code) {
  const pub = worker[kPublicPort], kport = worker[kPort];
  for (const m of $portTake(pub, true)) dispatchPort(pub, 'message', m);
  for (const m of $portTake(kport, true)) kport[kInternal](m);
  worker.removeAllListeners('message');
  worker.removeAllListeners('messageerror');
  $portClose(pub, true);
  $portClose(kport, true);
  worker[kHandle] = null;
  worker[kPort] = null;
  worker[kPublicPort] = null;
  worker.emit('exit', code);
  worker.removeAllListeners();
});

// An uncaught exception in a worker (its realm is current): the worker's
// process emits 'exit' with code 1, its buffered output is sent, then the
// error (host_worker.c stops the thread).
$setHook('workerFatal', function workerFatal(err) {
  const process = $process();
  if (!process._exiting) {
    process._exiting = true;
    process.exitCode = 1;
    try { process.emit('exit', 1); } catch (e) { /* the error reported is the first one */ }
  }
  $stdioFlush();
  let msg;
  try {
    msg = { type: 'error', error: structuredClone(err) };
  } catch (e) {
    msg = { type: 'couldNotSerialize' };
  }
  $portPost($workerKPort(), msg);
});

// --- the module -----------------------------------------------------------------------------------

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
const environmentData = new Map();

// BroadcastChannel and postMessageToThread reach every thread by name or id:
// not modelled.
class BroadcastChannel extends EventTarget {
  constructor(name) {
    super();
    return $unsupported(`new BroadcastChannel(${$inspect(name)})`);
  }
}
function postMessageToThread() { return $unsupported('postMessageToThread()'); }

function makeWorkerThreads(isMain) {
  return {
    isMainThread: isMain,
    MessagePort,
    MessageChannel,
    markAsUntransferable() {},
    moveMessagePortToContext(port) { return port; },
    receiveMessageOnPort,
    resourceLimits: {},
    postMessageToThread,
    threadId: 0,
    SHARE_ENV,
    Worker,
    parentPort: null,
    workerData: isMain ? null : undefined,
    BroadcastChannel,
    setEnvironmentData(key, value) {
      if (value === undefined) environmentData.delete(key);
      else environmentData.set(key, value);
    },
    getEnvironmentData(key) { return environmentData.get(key); },
  };
}
$setHook('makeWorkerThreads', function makeWorkerThreadsForWorker() { return makeWorkerThreads(false); });
// A worker's process: argv as for `new Worker(code, { eval: true })`, set now so that a
// prepared realm's process object usually stays as made (cheaper states).
$setHook('makeWorkerProcess', function makeWorkerProcess() {
  const process = makeProcess();
  process.argv = [process.execPath, '[worker eval]'];
  return process;
});
$setHook('mainWorkerThreads', makeWorkerThreads(true));

$defineMethod($global, 'MessageChannel', MessageChannel);
$defineMethod($global, 'MessagePort', MessagePort);
$defineMethod($global, 'MessageEvent', MessageEvent);
