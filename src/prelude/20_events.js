// EventEmitter (require('events')), EventTarget, Event and CustomEvent, with
// node's synchronous dispatch: emit() and dispatchEvent() call every
// listener before returning, in registration order.

const kCapture = Symbol('kCapture');

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
$defineMethod(EventEmitter, 'init', function init() {
  if (this._events === undefined || this._events === $getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  this[kCapture] = false;
});
EventEmitter.defaultMaxListeners = 10;

function checkListener(listener) {
  if (typeof listener !== 'function') throw invalidArgType('listener', 'of type function', listener);
}

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    $nodeFrame('_addListener (node:events:567:14)');
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = target._events;
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
  } else if (typeof existing === 'function') {
    events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing[existing.length] = listener;
  }
  return target;
}

function onceWrapper(target, type, listener) {
  const state = { fired: false, target, type, listener };
  const wrapped = function (...args) {
    if (state.fired) return undefined;
    $nodeFrame('Object.onceWrapper (node:events:635:17)');
    state.target.removeListener(state.type, wrapped);
    state.fired = true;
    // node's `this` is its state object; it calls the listener from line
    // 638 without arguments, from 639 with
    $nodeFrame(args.length ? 'Object.onceWrapper (node:events:639:26)' : 'Object.onceWrapper (node:events:638:28)');
    return state.listener.apply(state.target, args);
  };
  wrapped.listener = listener;
  return wrapped;
}

const emitterMethods = {
  setMaxListeners(n) { this._maxListeners = n; return this; },
  getMaxListeners() { return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners; },
  emit(type, ...args) {
    const events = this._events;
    if (type === 'error' && (events === undefined || events.error === undefined)) {
      const er = args[0];
      if (er instanceof Error) throw er;
      const err = new Error(`Unhandled error. (${$inspect(er)})`);
      err.context = er;
      $defineValue(err, 'code', 'ERR_UNHANDLED_ERROR', 7);
      throw err;
    }
    if (events === undefined) return false;
    const handler = events[type];
    if (handler === undefined) return false;
    // node's lib/events.js calls the listeners from these lines
    if (typeof handler === 'function') {
      $nodeFrame('.emit (node:events:524:28)');
      handler.apply(this, args);
    } else {
      const listeners = handler.slice();
      $nodeFrame('.emit (node:events:536:35)');
      for (let i = 0; i < listeners.length; i++) listeners[i].apply(this, args);
    }
    return true;
  },
  // (node's `on` is its addListener)
  addListener(type, listener) {
    $nodeFrame('.addListener (node:events:616:10)');
    return addListener(this, type, listener, false);
  },
  on(type, listener) {
    $nodeFrame('.addListener (node:events:616:10)');
    return addListener(this, type, listener, false);
  },
  prependListener(type, listener) {
    $nodeFrame('.prependListener (node:events:630:14)');
    return addListener(this, type, listener, true);
  },
  once(type, listener) {
    checkListener(listener);
    const wrapped = onceWrapper(this, type, listener);
    $nodeFrame('.once (node:events:660:8)');
    this.on(type, wrapped);
    return this;
  },
  prependOnceListener(type, listener) {
    checkListener(listener);
    const wrapped = onceWrapper(this, type, listener);
    $nodeFrame('.prependOnceListener (node:events:675:12)');
    this.prependListener(type, wrapped);
    return this;
  },
  removeListener(type, listener) {
    checkListener(listener);
    const events = this._events;
    if (events === undefined) return this;
    const list = events[type];
    if (list === undefined) return this;
    if (list === listener || list.listener === listener) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
      $nodeFrame('.removeListener (node:events:705:18)');
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    } else if (typeof list !== 'function') {
      let position = -1;
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i] === listener || list[i].listener === listener) {
          position = i;
          break;
        }
      }
      if (position < 0) return this;
      list.splice(position, 1);
      if (list.length === 1) events[type] = list[0];
      $nodeFrame('.removeListener (node:events:732:16)');
      if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
    }
    return this;
  },
  off(type, listener) { return this.removeListener(type, listener); },
  removeAllListeners(type) {
    const events = this._events;
    if (events === undefined) return this;
    if (type === undefined) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  },
  listeners(type) {
    const l = this._events === undefined ? undefined : this._events[type];
    if (l === undefined) return [];
    if (typeof l === 'function') return [l.listener || l];
    return l.map((f) => f.listener || f);
  },
  rawListeners(type) {
    const l = this._events === undefined ? undefined : this._events[type];
    if (l === undefined) return [];
    return typeof l === 'function' ? [l] : l.slice();
  },
  listenerCount(type) {
    const l = this._events === undefined ? undefined : this._events[type];
    if (l === undefined) return 0;
    return typeof l === 'function' ? 1 : l.length;
  },
  eventNames() {
    return this._events === undefined ? [] : $ownKeys(this._events, true, true);
  },
};
for (const name of Object.keys(emitterMethods)) $defineMethod(EventEmitter.prototype, name, emitterMethods[name]);
EventEmitter.EventEmitter = EventEmitter;
// node's events.once is an async function: its promise settles two jobs
// after the inner one.  With { signal }, aborting rejects with an AbortError.
$defineMethod(EventEmitter, 'once', async function once(emitter, name, options = {}) {
  if (!isObject(options)) throw invalidArgType('options', 'of type object', options);
  const signal = options.signal;
  validateSignal(signal, 'options.signal');
  if (signal !== undefined && signal.aborted) {
    throw abortError(signal, `\n    at ${this === EventEmitter ? 'Function.once' : 'once'} (node:events:976:11)`,
      'node:events:976\n    throw new AbortError(undefined, { cause: signal?.reason });\n          ^\n');
  }
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      emitter.removeListener(name, resolver);
      if (signal !== undefined) signal.removeEventListener('abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (name !== 'error') emitter.removeListener('error', onError);
      if (signal !== undefined) signal.removeEventListener('abort', abortListener);
      resolve(args);
    };
    const abortListener = (event) => {
      emitter.removeListener(name, resolver);
      emitter.removeListener('error', onError);
      reject(abortErrorFromEvent(signal, event, 'EventTarget.abortListener (node:events:1006:14)',
        'node:events:1006\n      reject(new AbortError(undefined, { cause: signal?.reason }));\n             ^\n'));
    };
    emitter.once(name, resolver);
    if (name !== 'error') emitter.once('error', onError);
    if (signal !== undefined) signal.addEventListener('abort', abortListener, { once: true });
  });
});
$defineMethod(EventEmitter, 'listenerCount', function listenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return emitterMethods.listenerCount.call(emitter, type);
});
$defineMethod(EventEmitter, 'getEventListeners', function getEventListeners(target, type) {
  if (typeof target.listeners === 'function') return target.listeners(type);
  if (target instanceof EventTarget) {
    const list = target[kListeners][type];
    return list ? list.map((entry) => entry.listener) : [];
  }
  throw invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', target);
});

// --- events.on: the async iterator of an emitter's events (node's lib/events.js) --------

const AsyncIteratorPrototype = $getPrototypeOf($getPrototypeOf(async function* () {}.prototype));

// A FIFO queue without Array.prototype.shift (user code may patch it).
function fifo() { return { items: [], head: 0 }; }
function fifoPush(q, v) { q.items[q.items.length] = v; }
function fifoEmpty(q) { return q.head === q.items.length; }
function fifoShift(q) {
  const v = q.items[q.head];
  q.items[q.head++] = undefined;
  return v;
}

// node adds with on() when the emitter has it, else addEventListener().
function agnosticAdd(emitter, name, listener) {
  if (typeof emitter.on === 'function') emitter.on(name, listener);
  else if (typeof emitter.addEventListener === 'function') emitter.addEventListener(name, listener);
  else throw invalidArgType('emitter', 'an instance of EventEmitter', emitter);
}
function agnosticRemove(emitter, name, listener) {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === 'function') emitter.removeEventListener(name, listener);
  else throw invalidArgType('emitter', 'an instance of EventEmitter', emitter);
}

const watermark = (v, dflt) => (v === undefined || v === null ? dflt : v);

$defineMethod(EventEmitter, 'on', function on(emitter, event, options = {}) {
  const signal = options.signal;
  validateSignal(signal, 'options.signal');
  if (signal !== undefined && signal.aborted) {
    throw abortError(signal, `\n    at ${this === EventEmitter ? 'Function.on' : 'on'} (node:events:1063:11)`,
      'node:events:1063\n    throw new AbortError(undefined, { cause: signal?.reason });\n    ^\n');
  }
  const high = watermark(watermark(options.highWaterMark, options.highWatermark), Number.MAX_SAFE_INTEGER);
  const low = watermark(watermark(options.lowWaterMark, options.lowWatermark), 1);
  const events = fifo(), waiting = fifo(), added = [];
  let paused = false, error = null, finished = false, size = 0;
  const result = (value, done) => ({ value, done });

  const closeHandler = () => {
    if (signal !== undefined) signal.removeEventListener('abort', abortListener);
    while (added.length > 0) {
      const [target, name, listener] = added[added.length - 1];
      added.length = added.length - 1;
      agnosticRemove(target, name, listener);
    }
    finished = true;
    const done = result(undefined, true);
    while (!fifoEmpty(waiting)) fifoShift(waiting).resolve(done);
    return Promise.resolve(done);
  };
  const errorHandler = (err) => {
    if (fifoEmpty(waiting)) error = err;
    else fifoShift(waiting).reject(err);
    closeHandler();
  };
  const eventHandler = (value) => {
    if (!fifoEmpty(waiting)) {
      fifoShift(waiting).resolve(result(value, false));
      return;
    }
    size++;
    if (!paused && size > high) {
      paused = true;
      emitter.pause();
    }
    fifoPush(events, value);
  };
  function abortListener(ev) {
    errorHandler(abortErrorFromEvent(signal, ev, 'EventTarget.abortListener (node:events:1175:18)',
      'node:events:1175\n    errorHandler(new AbortError(undefined, { cause: signal?.reason }));\n                 ^\n'));
  }
  const iterator = Object.setPrototypeOf({
    next() {
      if (size) {
        const value = fifoShift(events);
        size--;
        if (paused && size < low) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(result(value, false));
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => fifoPush(waiting, { resolve, reject }));
    },
    return() { return closeHandler(); },
    throw(err) {
      if (!err || !(err instanceof Error)) throw propertyType('EventEmitter.AsyncIterator', 'an instance of Error', err);
      errorHandler(err);
    },
    [Symbol.asyncIterator]() { return this; },
  }, AsyncIteratorPrototype);

  const add = (name, listener) => {
    agnosticAdd(emitter, name, listener);
    added[added.length] = [emitter, name, listener];
  };
  add(event, function (...args) { return eventHandler(args); });
  if (event !== 'error' && typeof emitter.on === 'function') add('error', errorHandler);
  const close = options.close;
  if (close && close.length) for (let i = 0; i < close.length; i++) add(close[i], closeHandler);
  if (signal !== undefined) signal.addEventListener('abort', abortListener, { once: true });
  return iterator;
});

// --- EventTarget / Event ------------------------------------------------------------

class Event {
  constructor(type, options) {
    if (arguments.length === 0) throw invalidArgType('type', 'specified', undefined);
    this.type = `${type}`;
    $defineValue(this, '_cancelable', !!(options && options.cancelable), 0);
    $defineValue(this, '_defaultPrevented', false, 1);
    $defineValue(this, '_target', null, 1);
    $defineValue(this, '_current', null, 1);
    $defineValue(this, '_stop', false, 1);
  }
  get target() { return this._target; }
  get currentTarget() { return this._current; }
  get defaultPrevented() { return this._cancelable && this._defaultPrevented; }
  get cancelable() { return this._cancelable; }
  get isTrusted() { return this._trusted === true; }
  preventDefault() { this._defaultPrevented = true; }
  stopImmediatePropagation() { this._stop = true; }
  stopPropagation() {}
}

class CustomEvent extends Event {
  constructor(type, options) {
    super(type, options);
    this.detail = options && options.detail !== undefined ? options.detail : null;
  }
}

const kListeners = Symbol('kListeners');

// node's frames below an EventTarget listener: dispatchEvent calls
// kHybridDispatch, which calls the listener (an object's handleEvent through
// its Listener's callback).  node makes an AbortSignal as an EventTarget
// (then sets its prototype): V8 names its frames after EventTarget.
function dispatchSite(target, handleEvent) {
  return (handleEvent ? 'Listener.callback (node:internal/event_target:492:17)\n' : '') +
    '[nodejs.internal.kHybridDispatch] (node:internal/event_target:831:20)\n' +
    (target instanceof AbortSignal ? 'EventTarget' : '') + '.dispatchEvent (node:internal/event_target:766:26)';
}

class EventTarget {
  constructor() {
    $defineValue(this, kListeners, Object.create(null), 1);
  }
  addEventListener(type, listener, options) {
    if (listener === null || listener === undefined) return;
    const once = isObject(options) && !!options.once;
    const all = this[kListeners];
    const list = all[type] || (all[type] = []);
    for (const l of list) if (l.listener === listener) return;
    list[list.length] = { listener, once };
  }
  removeEventListener(type, listener) {
    const list = this[kListeners][type];
    if (!list) return;
    for (let i = 0; i < list.length; i++) {
      if (list[i].listener === listener) {
        list[i].removed = true;
        list.splice(i, 1);
        return;
      }
    }
  }
  dispatchEvent(event) {
    if (!(event instanceof Event)) throw invalidArgType('event', 'an instance of Event', event);
    event._target = this;
    event._current = this;
    const list = this[kListeners][event.type];
    if (list) {
      for (const entry of list.slice()) {
        if (entry.removed) continue;
        if (entry.once) this.removeEventListener(event.type, entry.listener);
        const l = entry.listener;
        if (typeof l === 'function') {
          $nodeFrame(dispatchSite(this, false));
          l.call(this, event);
        } else if (l && typeof l.handleEvent === 'function') {
          $nodeFrame(dispatchSite(this, true));
          l.handleEvent(event);
        }
        if (event._stop) break;
      }
    }
    event._current = null;
    return !event.defaultPrevented;
  }
}

$defineMethod($global, 'Event', Event);
$defineMethod($global, 'CustomEvent', CustomEvent);
$defineMethod($global, 'EventTarget', EventTarget);
