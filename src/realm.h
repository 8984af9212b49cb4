/* realm.h - the built-in objects of a machine and how built-in modules
 * register native functions.
 *
 * Intrinsics are objects the engine refers to directly (prototypes,
 * constructors, well-known symbols); vm->intr[INTR_x] holds their heap
 * indices.  They are created once, during realm setup, so they are base
 * objects (heap indices below heap.nbase) and keep their indices.
 *
 * Native functions are grouped in NativeModules (one per bi_*.c file).  A
 * native function object stores (module index << 8 | function index) in
 * Obj.aux, so no function pointer ever enters the heap.  A module's init
 * creates its objects and installs them (globals, prototype methods).
 */
#ifndef TT_REALM_H
#define TT_REALM_H

#include <stdint.h>

#include "vm.h"

#define TT_INTRINSICS(X)                                                      \
  X(OBJECT_PROTO) X(FUNCTION_PROTO) X(ARRAY_PROTO) X(STRING_PROTO)            \
  X(NUMBER_PROTO) X(BOOLEAN_PROTO) X(SYMBOL_PROTO) X(PROMISE_PROTO)           \
  X(ERROR_PROTO) X(TYPE_ERROR_PROTO) X(RANGE_ERROR_PROTO)                     \
  X(REFERENCE_ERROR_PROTO) X(SYNTAX_ERROR_PROTO) X(AGGREGATE_ERROR_PROTO)     \
  X(ITERATOR_PROTO) X(ARRAY_ITER_PROTO) X(STRING_ITER_PROTO)                  \
  X(MAP_ITER_PROTO) X(SET_ITER_PROTO) X(GENERATOR_PROTO)                      \
  X(ASYNC_GENERATOR_PROTO) X(GENERATOR_FUNCTION_PROTO)                        \
  X(ASYNC_FUNCTION_PROTO) X(ASYNC_GENERATOR_FUNCTION_PROTO)                   \
  X(ASYNC_FROM_SYNC_ITER_PROTO) X(MAP_PROTO) X(SET_PROTO) X(WEAKMAP_PROTO)    \
  X(WEAKSET_PROTO) X(DATE_PROTO)                                              \
  X(OBJECT) X(FUNCTION) X(ARRAY) X(STRING) X(NUMBER) X(BOOLEAN) X(SYMBOL)     \
  X(PROMISE) X(ERROR) X(TYPE_ERROR) X(RANGE_ERROR) X(REFERENCE_ERROR)         \
  X(SYNTAX_ERROR) X(AGGREGATE_ERROR) X(MAP) X(SET)                            \
  X(SYM_ITERATOR) X(SYM_ASYNC_ITERATOR) X(SYM_HAS_INSTANCE)                   \
  X(SYM_TO_PRIMITIVE) X(SYM_TO_STRING_TAG) X(SYM_SPECIES)                     \
  X(SYM_MATCH) X(SYM_MATCH_ALL) X(SYM_REPLACE) X(SYM_SEARCH) X(SYM_SPLIT)     \
  X(ARRAY_VALUES) X(PROMISE_THEN) X(GENERATOR_NEXT)                           \
  X(THROW_TYPE_ERROR) X(PRELUDE_HOOKS) X(BIGINT_PROTO) X(BIGINT)

enum {
#define TT_INTR_ENUM(name) INTR_##name,
  TT_INTRINSICS(TT_INTR_ENUM)
#undef TT_INTR_ENUM
  INTR_COUNT
};

typedef struct NativeDef {
  const char *name; /* also the function's .name */
  uint16_t length;  /* the function's .length */
  uint16_t flags;   /* NF_* */
  NativeFn fn;
} NativeDef;

enum {
  NF_CTOR = 1,      /* has [[Construct]]; new.target in vm->new_target */
  NF_INTRINSIC = 2, /* reachable from prelude code as $name */
  NF_SYMBOLIC = 4,  /* takes symbolic numbers (VT_RND) as they are (vm.h) */
  NF_FORWARD = 8,   /* only forwards a call (call, apply): no frame in stack traces */
  NF_ALL_NUM = 1 << 12 /* every argument is converted ToNumber (Math.max, fromCharCode) */
};

/* Arguments a native converts ToNumber / ToString (the first four, two bits
 * each from bit 4).  Natives cannot run JavaScript, so a call whose such
 * argument is an object or a symbol goes first through the prelude's
 * coerceArgs hook (valueOf, toString and @@toPrimitive run there, symbols
 * throw), which calls the native again with primitives. */
#define NF_NUM(i) (1u << (4 + 2 * (i)))
#define NF_STR(i) (2u << (4 + 2 * (i)))
#define NF_STR_FN(i) (3u << (4 + 2 * (i))) /* ToString unless callable (replace) */
#define NF_COERCE (0xFFu << 4 | NF_ALL_NUM)

/* VS_CALL with the coerceArgs tail call set up when native def called with
 * these arguments needs its objects and symbols converted first; VS_OK
 * when it does not. */
VmStatus realm_coerce_args(Vm *vm, const NativeDef *def, uint32_t fn, Value this_v, const Value *args,
                           uint32_t argc);

typedef struct NativeModule {
  const char *name;
  const NativeDef *defs;
  uint32_t ndefs;
  /* Creates and installs the module's objects; called once per realm in
   * module order, after the intrinsic objects exist. */
  void (*init)(Vm *vm);
} NativeModule;

/* Looks up a native of a module by name; returns its aux code or aborts
 * (a missing native is a programming error). */
uint16_t realm_native_code(const char *module, const char *name);
const NativeDef *realm_native_def(uint16_t code);

/* Creates a native function object (proto Function.prototype) for the
 * native `name` of `module`, with nbound bound data slots. */
uint32_t realm_new_native(Vm *vm, const char *module, const char *name, uint32_t nbound);
uint32_t realm_new_native_code(Vm *vm, uint16_t code, uint32_t nbound);

/* Installs every native of a module as a non-enumerable method of obj
 * (natives whose name starts with '$' are skipped: they are intrinsics). */
void realm_install(Vm *vm, uint32_t obj, const NativeModule *m);

/* The OP_INTRINSIC operand for prelude name $name (UINT32_MAX if none),
 * and the value behind an operand. */
uint32_t realm_intrinsic_lookup(const char *name);
Value realm_intrinsic_value(Vm *vm, uint32_t k);
/* Creates a native constructor with its prototype intrinsic and installs
 * it as a global; ctor_intr < 0 when it is not an intrinsic itself. */
uint32_t realm_make_ctor(Vm *vm, const char *module, const char *name, int proto_intr, int ctor_intr);

/* What the program needs for worker_threads (engine.c finds it statically):
 * the compiled code of `new Worker(code, { eval: true })` workers, and how
 * many worker realms to prepare in the base heap. */
typedef struct RealmWorkers {
  uint32_t spares;     /* realms made at setup (0: the program makes no Worker) */
  uint32_t ncode;
  char **code;         /* worker source texts (NUL-terminated) */
  uint32_t *code_len;
  uint32_t *proto;     /* their compiled module functions */
  uint32_t main_proto; /* the program's own module function (new Worker(__filename)) */
} RealmWorkers;

/* Sets up every intrinsic and module, then runs the prelude (which must be
 * compiled into vm->prog already: realm_compile_prelude), then prepares
 * what w asks for (w may be NULL).  Returns false if the prelude threw (a
 * bug in the prelude). */
bool realm_setup(Vm *vm, uint32_t prelude_proto, const RealmWorkers *w);

/* Compiles the embedded prelude into prog; returns its proto id. */
uint32_t realm_compile_prelude(Program *prog);

/* A hook function the prelude registered ($setHook(name, fn)), or
 * undefined. */
Value realm_hook(Vm *vm, const char *name);

#endif
