// DOMException, AbortController and AbortSignal (node's
// lib/internal/abort_controller.js), and the AbortError node's modules
// reject with.  Aborting dispatches the 'abort' event synchronously, once.
// Errors node makes in its own code get node's frames and, for a fatal
// report, node's source position ($internalFrames).

const domFrame = '\n    at new DOMException (node:internal/per_context/domexception:53:5)';
const domSite = 'node:internal/per_context/domexception:53\n    ErrorCaptureStackTrace(this);\n    ^\n';
const domCodes = [
  'IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError', 'InvalidCharacterError',
  'NoDataAllowedError', 'NoModificationAllowedError', 'NotFoundError', 'NotSupportedError', 'InUseAttributeError',
  'InvalidStateError', 'SyntaxError', 'InvalidModificationError', 'NamespaceError', 'InvalidAccessError',
  'ValidationError', 'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError',
  'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError',
];
const kMake = Symbol('kMake');

// name, message and code are own non-enumerable data properties (node:
// getters on the prototype), so that the stack's first line and
// util.inspect see them.
class DOMException extends Error {
  constructor(message = '', options = 'Error', internal, frames) {
    super();
    let name = 'Error';
    if (isObject(options)) {
      if ('cause' in options) $defineValue(this, 'cause', options.cause, 5);
      if ('name' in options) name = `${options.name}`;
    } else {
      name = `${options}`;
    }
    $defineValue(this, 'message', `${message}`, 4);
    $defineValue(this, 'name', name, 4);
    $defineValue(this, 'code', domCodes.indexOf(name) + 1, 4);
    $internalFrames(this, internal === kMake ? domFrame + frames : domFrame, domSite, true);
  }
}
$defineValue(DOMException.prototype, Symbol.toStringTag, 'DOMException', 4);
// 'IndexSizeError' -> 'INDEX_SIZE_ERR'
function legacyConstant(name) {
  let r = '';
  for (let i = 0; i < name.length - 5; i++) {
    const c = name[i];
    if (i > 0 && c >= 'A' && c <= 'Z' && name[i - 1] >= 'a') r += '_';
    r += c.toUpperCase();
  }
  return `${r}_ERR`;
}
for (let i = 0; i < domCodes.length; i++) {
  const constant = legacyConstant(domCodes[i]);
  $defineValue(DOMException, constant, i + 1, 2);
  $defineValue(DOMException.prototype, constant, i + 1, 2);
}

// node's internal AbortError (lib/internal/errors.js): own enumerable code
// and name.  `frames` and `site` say where node makes it.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}
function abortError(signal, frames, site) {
  return $internalFrames(new AbortError(undefined, { cause: signal.reason }), frames, site, false);
}
// Where node makes the AbortError a signal's 'abort' listener rejects with:
// the listener's frame above the dispatch's (the frames the prelude's stand
// for, $nodeFrame).
function abortErrorFromEvent(signal, event, frame, site) {
  return abortError(signal, `\n    at ${frame}`, site);
}

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kHandler = Symbol('kHandler');

function propertyType(name, expected, v) {
  const e = invalidArgType(name, expected, v);
  $defineValue(e, 'message', e.message.replace('argument', 'property'), 5);
  return e;
}
function validateSignal(signal, name) {
  if (signal !== undefined && !(signal instanceof AbortSignal))
    throw propertyType(name, 'an instance of AbortSignal', signal);
}

// The signal's state: `aborted` is an own enumerable property (node: a
// getter, shown by a custom inspect as `AbortSignal { aborted: false }`).
class AbortSignal extends EventTarget {
  constructor(key) {
    if (key !== kMake) {
      const e = new TypeError('Illegal constructor');
      $defineValue(e, 'code', 'ERR_ILLEGAL_CONSTRUCTOR', 7);
      throw e;
    }
    super();
    $defineValue(this, 'aborted', false, 2);
    $defineValue(this, kReason, undefined, 1);
    $defineValue(this, kHandler, null, 1);
  }
  get reason() { return this[kReason]; }
  throwIfAborted() {
    if (this.aborted) throw this[kReason];
  }
  get onabort() { return this[kHandler]; }
  set onabort(handler) {
    const h = typeof handler === 'function' || isObject(handler) ? handler : null;
    if (this[kHandler] === null && h !== null) this.addEventListener('abort', onabortListener);
    else if (h === null) this.removeEventListener('abort', onabortListener);
    this[kHandler] = h;
  }
  static abort(reason) {
    const s = new AbortSignal(kMake);
    const r = reason !== undefined ? reason
      : new DOMException('This operation was aborted', 'AbortError', kMake,
        '\n    at AbortSignal.abort (node:internal/abort_controller:177:14)');
    $defineValue(s, 'aborted', true, 2);
    s[kReason] = r;
    return s;
  }
  static timeout(delay) {
    validateUint32(delay, 'delay');
    const s = new AbortSignal(kMake);
    const t = timers.setTimeout(() => {
      const r = new DOMException('The operation was aborted due to timeout', 'TimeoutError', kMake,
        '\n    at Timeout._onTimeout (node:internal/abort_controller:129:9)' + timerFrames);
      $nodeFrame('Timeout._onTimeout (node:internal/abort_controller:127:7)');
      abortSignal(s, r);
    }, delay);
    t.unref();
    return s;
  }
  static any(signals) {
    const s = new AbortSignal(kMake);
    for (const source of signals) {
      validateSignal(source, 'signals');
      if (source.aborted) {
        $defineValue(s, 'aborted', true, 2);
        s[kReason] = source.reason;
        return s;
      }
    }
    for (const source of signals) source.addEventListener('abort', () => abortSignal(s, source.reason));
    return s;
  }
}
const timerFrames = '\n    at listOnTimeout (node:internal/timers:581:17)' +
  '\n    at process.processTimers (node:internal/timers:519:7)';
function onabortListener(event) {
  const h = this[kHandler];
  if (typeof h === 'function') h.call(this, event);
}

// node's abortSignal(): the first abort wins; the event goes out at once.
function abortSignal(signal, reason) {
  if (signal.aborted) return;
  $defineValue(signal, 'aborted', true, 2);
  signal[kReason] = reason;
  const event = new Event('abort');
  $defineValue(event, '_trusted', true, 0);
  $nodeFrame('abortSignal (node:internal/abort_controller:370:10)');
  signal.dispatchEvent(event);
}

class AbortController {
  constructor() { $defineValue(this, 'signal', new AbortSignal(kMake), 2); }
  abort(reason) {
    const r = reason !== undefined ? reason
      : new DOMException('This operation was aborted', 'AbortError', kMake,
        '\n    at AbortController.abort (node:internal/abort_controller:391:18)');
    $nodeFrame('AbortController.abort (node:internal/abort_controller:392:5)');
    abortSignal(this.signal, r);
  }
}

// validateUint32(value, name) of lib/internal/validators.js (not positive).
function validateUint32(v, name) {
  if (typeof v !== 'number') throw invalidArgType(name, 'of type number', v);
  const range = (what) => {
    const e = new RangeError(`The value of "${name}" is out of range. It must be ${what}. Received ${v}`);
    $defineValue(e, 'code', 'ERR_OUT_OF_RANGE', 7);
    return e;
  };
  if (!Number.isInteger(v)) throw range('an integer');
  if (v < 0 || v > 4294967295) throw range('>= 0 && <= 4294967295');
}
$defineValue(AbortSignal.prototype, Symbol.toStringTag, 'AbortSignal', 4);
$defineValue(AbortController.prototype, Symbol.toStringTag, 'AbortController', 4);
$defineMethod($global, 'DOMException', DOMException);
$defineMethod($global, 'AbortController', AbortController);
$defineMethod($global, 'AbortSignal', AbortSignal);
