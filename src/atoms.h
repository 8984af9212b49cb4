/* atoms.h - strings the engine names directly, interned first (ids 1..N) so
 * C code can use ATOM_x constants.  X(id, "text").  Id 0 is "". */
#ifndef TT_ATOMS_H
#define TT_ATOMS_H

#define TT_ATOM_LIST(X)                                                        \
  X(length, "length") X(prototype, "prototype") X(constructor, "constructor") \
  X(name, "name") X(message, "message") X(stack, "stack") X(cause, "cause")   \
  X(errors, "errors") X(then, "then") X(catch_, "catch")                      \
  X(finally_, "finally") X(value, "value") X(done, "done") X(next, "next")    \
  X(return_, "return") X(throw_, "throw") X(get, "get") X(set, "set")         \
  X(toString, "toString") X(valueOf, "valueOf") X(toJSON, "toJSON")          \
  X(proto, "__proto__") X(default_, "default") X(status, "status")           \
  X(reason, "reason") X(fulfilled, "fulfilled") X(rejected, "rejected")       \
  X(undefined, "undefined") X(null_, "null") X(true_, "true")                 \
  X(false_, "false") X(NaN, "NaN") X(Infinity, "Infinity")                    \
  X(neg_Infinity, "-Infinity") X(zero, "0") X(object, "object")              \
  X(function, "function") X(number, "number") X(string, "string")            \
  X(boolean, "boolean") X(symbol, "symbol") X(bigint, "bigint")               \
  X(Object, "Object") X(Array, "Array") X(Function, "Function")               \
  X(Promise, "Promise") X(Error, "Error") X(TypeError, "TypeError")          \
  X(RangeError, "RangeError") X(ReferenceError, "ReferenceError")             \
  X(SyntaxError, "SyntaxError") X(AggregateError, "AggregateError")           \
  X(anonymous, "anonymous") X(arguments, "arguments") X(callee, "callee")    \
  X(writable, "writable") X(enumerable, "enumerable")                         \
  X(configurable, "configurable") X(code, "code") X(index, "index")           \
  X(input, "input") X(description, "description") X(size, "size")             \
  X(idleTimeout, "_idleTimeout") X(idleStart, "_idleStart")                  \
  X(onTimeout, "_onTimeout") X(repeat, "_repeat") X(exports, "exports")       \
  X(require, "require") X(module, "module") X(filename, "__filename")         \
  X(dirname, "__dirname") X(exitCode, "exitCode") X(json, "json")             \
  X(text, "text") X(ok, "ok") X(url, "url") X(data, "data") X(type, "type")  \
  X(target, "target") X(Symbol_iterator, "Symbol.iterator")                  \
  X(Symbol_asyncIterator, "Symbol.asyncIterator")                             \
  X(Symbol_hasInstance, "Symbol.hasInstance")                                 \
  X(Symbol_toPrimitive, "Symbol.toPrimitive")                                 \
  X(Symbol_toStringTag, "Symbol.toStringTag")     \
  X(main, "main") X(emit, "emit") X(on, "on") X(Timeout, "Timeout")          \
  X(Immediate, "Immediate") X(unhandledRejection, "unhandledRejection")       \
  X(uncaughtException, "uncaughtException") X(exit, "exit")                   \
  X(beforeExit, "beforeExit") X(rejectionHandled, "rejectionHandled")         \
  X(empty_item, "<empty>") X(global, "global") X(globalThis, "globalThis") \
  X(indent_, "%indent")

#define TT_ATOM_ENUM(id, text) ATOM_##id,
enum { ATOM_empty = 0, TT_ATOM_LIST(TT_ATOM_ENUM) ATOM__COUNT };
#undef TT_ATOM_ENUM

#endif
