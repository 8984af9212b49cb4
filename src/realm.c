/* realm.c - creation of the built-in objects, the native module registry,
 * and the prelude (built-ins written in JavaScript, compiled into every
 * program and run once at setup). */
#include "realm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "host_worker.h"
#include "obj.h"
#include "parse.h"
#include "prelude.h"
#include "promise.h"

extern const NativeModule bi_base_module, bi_object_module, bi_object_proto_module, bi_function_module, bi_array_module,
    bi_string_module, bi_number_module, bi_math_module, bi_json_module, bi_reflect_module, bi_uri_module, bi_error_module,
    bi_symbol_module, bi_bigint_module, bi_collection_module, bi_console_module, bi_generator_module,
    bi_node_module, bi_regexp_module;
/* bi_worker_module: host_worker.h */

/* Order matters: a module's init may use objects made by earlier ones. */
static const NativeModule *const modules[] = {
    &bi_base_module,   &bi_object_proto_module, &bi_object_module, &bi_function_module, &bi_symbol_module,
    &bi_error_module,  &bi_array_module,      &bi_string_module,   &bi_number_module, &bi_bigint_module,
    &bi_math_module,   &bi_json_module,       &bi_reflect_module, &bi_uri_module, &bi_collection_module, &bi_promise_module,
    &bi_generator_module, &bi_console_module, &bi_node_module, &bi_worker_module, &bi_port_module,
    &bi_regexp_module,
};
enum { NMODULES = sizeof modules / sizeof modules[0] };

/* --- the registry ---------------------------------------------------------------- */

const NativeDef *realm_native_def(uint16_t code) {
  return &modules[code >> 8]->defs[code & 0xFF];
}

uint16_t realm_native_code(const char *module, const char *name) {
  for (uint32_t m = 0; m < NMODULES; m++) {
    if (strcmp(modules[m]->name, module) != 0) continue;
    for (uint32_t i = 0; i < modules[m]->ndefs; i++)
      if (strcmp(modules[m]->defs[i].name, name) == 0) return (uint16_t)(m << 8 | i);
  }
  fprintf(stderr, "ticktock: internal error: no native %s.%s\n", module, name);
  abort();
}

static uint32_t coerce_kind(uint16_t flags, uint32_t i) {
  if (flags & NF_ALL_NUM) return 1;
  return i < 4 ? (flags >> (4 + 2 * i)) & 3u : 0;
}

VmStatus realm_coerce_args(Vm *vm, const NativeDef *def, uint32_t fn, Value this_v, const Value *args,
                           uint32_t argc) {
  bool need = false;
  for (uint32_t i = 0; i < argc && !need; i++) {
    uint32_t k = coerce_kind(def->flags, i);
    if (!k || !(val_is_obj(args[i]) || val_is_sym(args[i]) || (k == 1 && val_is_big(args[i])))) continue;
    need = k != 3 || !val_is_callable(vm, args[i]);
  }
  if (!need) return VS_OK;
  Value a[4] = {val_obj(fn), this_v, val_num(def->flags), val_obj(arr_from(vm, args, argc))};
  return vm_tail_call(vm, realm_hook(vm, "coerceArgs"), VAL_UNDEF, a, 4);
}

uint32_t realm_new_native_code(Vm *vm, uint16_t code, uint32_t nbound) {
  uint32_t fn = heap_alloc(&vm->heap, OK_NATIVE, vm->intr[INTR_FUNCTION_PROTO], 0, nbound);
  heap_obj(&vm->heap, fn)->aux = code;
  if (realm_native_def(code)->flags & NF_CTOR) heap_obj(&vm->heap, fn)->flags |= OF_CTOR;
  return fn;
}

uint32_t realm_new_native(Vm *vm, const char *module, const char *name, uint32_t nbound) {
  return realm_new_native_code(vm, realm_native_code(module, name), nbound);
}

void realm_install(Vm *vm, uint32_t obj, const NativeModule *m) {
  for (uint32_t m_i = 0; m_i < NMODULES; m_i++) {
    if (modules[m_i] != m) continue;
    for (uint32_t i = 0; i < m->ndefs; i++) {
      const NativeDef *d = &m->defs[i];
      if (d->name[0] == '$' || (d->flags & NF_CTOR)) continue;
      uint32_t fn = realm_new_native_code(vm, (uint16_t)(m_i << 8 | i), 0);
      obj_define_cstr(vm, obj, d->name, val_obj(fn), PA_WRITABLE | PA_CONFIG);
    }
  }
}

/* --- intrinsics for the prelude ($name) ----------------------------------------------- */

/* Object intrinsics reachable as $name, besides the NF_INTRINSIC natives. */
static const struct {
  const char *name;
  int intr;
} object_intrinsics[] = {
    {"global", -1},
    {"ObjectProto", INTR_OBJECT_PROTO},
    {"FunctionProto", INTR_FUNCTION_PROTO},
    {"ArrayProto", INTR_ARRAY_PROTO},
    {"StringProto", INTR_STRING_PROTO},
    {"NumberProto", INTR_NUMBER_PROTO},
    {"PromiseProto", INTR_PROMISE_PROTO},
    {"ErrorProto", INTR_ERROR_PROTO},
    {"IteratorProto", INTR_ITERATOR_PROTO},
    {"ArrayIteratorProto", INTR_ARRAY_ITER_PROTO},
    {"MapProto", INTR_MAP_PROTO},
    {"SetProto", INTR_SET_PROTO},
    {"Object", INTR_OBJECT},
    {"Array", INTR_ARRAY},
    {"Promise", INTR_PROMISE},
    {"TypeError", INTR_TYPE_ERROR},
    {"RangeError", INTR_RANGE_ERROR},
    {"Error", INTR_ERROR},
    {"AggregateError", INTR_AGGREGATE_ERROR},
    {"symIterator", INTR_SYM_ITERATOR},
    {"symAsyncIterator", INTR_SYM_ASYNC_ITERATOR},
    {"symToPrimitive", INTR_SYM_TO_PRIMITIVE},
    {"hooks", INTR_PRELUDE_HOOKS},
};
enum { NOBJ_INTRINSICS = sizeof object_intrinsics / sizeof object_intrinsics[0] };

/* OP_INTRINSIC operands: k < NOBJ_INTRINSICS names an object intrinsic;
 * INTRINSIC_NATIVE | code names the NF_INTRINSIC native with that code. */
enum { INTRINSIC_NATIVE = 0x10000 };

uint32_t realm_intrinsic_lookup(const char *name) {
  for (uint32_t i = 0; i < NOBJ_INTRINSICS; i++)
    if (strcmp(object_intrinsics[i].name, name) == 0) return i;
  for (uint32_t m = 0; m < NMODULES; m++)
    for (uint32_t i = 0; i < modules[m]->ndefs; i++) {
      const NativeDef *d = &modules[m]->defs[i];
      if ((d->flags & NF_INTRINSIC) && strcmp(d->name + 1, name) == 0) return INTRINSIC_NATIVE | m << 8 | i;
    }
  return UINT32_MAX;
}

/* --- the hooks record, with a cache --------------------------------------------------- */

/* Hooks and intrinsic natives are looked up by name on hot paths (every
 * timer, every `await` of a thenable, every $intrinsic the prelude runs):
 * interning the name and scanning a record of ~150 properties was a
 * quarter of a timer-heavy run.  The cache remembers the slot; a hit is
 * valid only if that slot of the current hooks record still holds the key
 * as a data property, so answers are exactly those of obj_get_own. */
static bool hook_cached(Vm *vm, const VmHookCache *c, uintptr_t tag, Value *out) {
  uint32_t hooks = vm->intr[INTR_PRELUDE_HOOKS];
  if (c->tag != tag || c->slot >= heap_obj(&vm->heap, hooks)->nprops) return false;
  if (heap_prop_key(&vm->heap, hooks, c->slot) != val_str(c->key)) return false;
  if (heap_prop_attrs(&vm->heap, hooks, c->slot) & PA_ACCESSOR) return false;
  *out = heap_prop_value(&vm->heap, hooks, c->slot);
  return true;
}

/* Looks key up the ordinary way and remembers where it was.  The key is
 * made permanent so that its id can never name another string. */
static Value hook_lookup(Vm *vm, VmHookCache *c, uintptr_t tag, Value key) {
  uint32_t hooks = vm->intr[INTR_PRELUDE_HOOKS];
  Value v = VAL_UNDEF;
  if (obj_get_own(vm, hooks, key, &v) != LK_VALUE) return v;
  int32_t slot = heap_prop_find(&vm->heap, hooks, key);
  if (slot >= 0) {
    str_set_permanent(vm->strs, val_str_id(key));
    *c = (VmHookCache){tag, val_str_id(key), (uint32_t)slot};
  }
  return v;
}

static Value intrinsic_key(Vm *vm, uint16_t code) {
  char key[16];
  snprintf(key, sizeof key, "%%%u", (unsigned)code);
  return val_cstr(vm, key);
}

/* The function object of an intrinsic native, made at setup and kept in
 * the hooks record under "%<code>". */
static Value native_intrinsic(Vm *vm, uint16_t code) {
  VmHookCache *c = &vm->intr_cache[code % VM_INTR_CACHE];
  Value v = VAL_UNDEF;
  if (hook_cached(vm, c, (uintptr_t)code + 1, &v)) return v;
  return hook_lookup(vm, c, (uintptr_t)code + 1, intrinsic_key(vm, code));
}

Value realm_intrinsic_value(Vm *vm, uint32_t k) {
  if (k & INTRINSIC_NATIVE) return native_intrinsic(vm, (uint16_t)(k & 0xFFFF));
  int intr = object_intrinsics[k].intr;
  if (intr < 0) return val_obj(vm->global);
  if (intr == INTR_SYM_ITERATOR || intr == INTR_SYM_ASYNC_ITERATOR || intr == INTR_SYM_TO_PRIMITIVE)
    return val_sym(vm->intr[intr]);
  return val_obj(vm->intr[intr]);
}

/* (The hooks record is new and every code's key distinct: each property is
 * appended without a search.) */
static void make_native_intrinsics(Vm *vm) {
  uint32_t hooks = vm->intr[INTR_PRELUDE_HOOKS];
  for (uint32_t m = 0; m < NMODULES; m++)
    for (uint32_t i = 0; i < modules[m]->ndefs; i++)
      if (modules[m]->defs[i].flags & NF_INTRINSIC) {
        uint16_t code = (uint16_t)(m << 8 | i);
        uint32_t fn = realm_new_native_code(vm, code, 0);
        heap_prop_add(&vm->heap, hooks, intrinsic_key(vm, code), val_obj(fn), 0);
      }
}

/* (Names may be built in buffers, so the cache is keyed by the text.) */
Value realm_hook(Vm *vm, const char *name) {
  uint32_t tag = 2166136261u;
  for (const char *p = name; *p; p++) tag = (tag ^ (unsigned char)*p) * 16777619u;
  VmHookCache *c = &vm->hook_cache[tag % VM_HOOK_CACHE];
  Value v = VAL_UNDEF;
  if (hook_cached(vm, c, tag, &v) && str_eq_cstr(vm->strs, c->key, name)) return v;
  return hook_lookup(vm, c, tag, val_cstr(vm, name));
}

/* --- the intrinsic objects ------------------------------------------------------------- */

static uint32_t make(Vm *vm, ObjKind kind, uint32_t proto, uint32_t ndata) {
  return heap_alloc(&vm->heap, kind, proto, 0, ndata);
}

static void make_symbols(Vm *vm) {
  static const struct {
    int intr;
    const char *desc;
  } syms[] = {{INTR_SYM_ITERATOR, "Symbol.iterator"},       {INTR_SYM_ASYNC_ITERATOR, "Symbol.asyncIterator"},
              {INTR_SYM_HAS_INSTANCE, "Symbol.hasInstance"}, {INTR_SYM_TO_PRIMITIVE, "Symbol.toPrimitive"},
              {INTR_SYM_TO_STRING_TAG, "Symbol.toStringTag"}, {INTR_SYM_SPECIES, "Symbol.species"},
              {INTR_SYM_MATCH, "Symbol.match"},             {INTR_SYM_MATCH_ALL, "Symbol.matchAll"},
              {INTR_SYM_REPLACE, "Symbol.replace"},         {INTR_SYM_SEARCH, "Symbol.search"},
              {INTR_SYM_SPLIT, "Symbol.split"}};
  for (size_t i = 0; i < sizeof syms / sizeof syms[0]; i++) {
    uint32_t s = make(vm, OK_SYMBOL, 0, 1);
    heap_set_data(&vm->heap, s, 0, val_cstr(vm, syms[i].desc));
    heap_obj(&vm->heap, s)->aux = 1; /* well-known */
    vm->intr[syms[i].intr] = s;
  }
}

static void make_prototypes(Vm *vm) {
  uint32_t *I = vm->intr;
  I[INTR_OBJECT_PROTO] = make(vm, OK_PLAIN, 0, 0);
  uint32_t op = I[INTR_OBJECT_PROTO];
  I[INTR_FUNCTION_PROTO] = make(vm, OK_PLAIN, op, 0);
  I[INTR_ARRAY_PROTO] = make(vm, OK_ARRAY, op, 0);
  I[INTR_STRING_PROTO] = make(vm, OK_BOXED, op, 1);
  heap_set_data(&vm->heap, I[INTR_STRING_PROTO], 0, val_str(ATOM_empty));
  I[INTR_NUMBER_PROTO] = make(vm, OK_BOXED, op, 1);
  heap_set_data(&vm->heap, I[INTR_NUMBER_PROTO], 0, val_num(0));
  I[INTR_BOOLEAN_PROTO] = make(vm, OK_BOXED, op, 1);
  heap_set_data(&vm->heap, I[INTR_BOOLEAN_PROTO], 0, VAL_FALSE);
  I[INTR_SYMBOL_PROTO] = make(vm, OK_PLAIN, op, 0);
  I[INTR_BIGINT_PROTO] = make(vm, OK_PLAIN, op, 0);
  I[INTR_PROMISE_PROTO] = make(vm, OK_PLAIN, op, 0);
  I[INTR_ERROR_PROTO] = make(vm, OK_PLAIN, op, 0);
  static const int errs[] = {INTR_TYPE_ERROR_PROTO, INTR_RANGE_ERROR_PROTO, INTR_REFERENCE_ERROR_PROTO,
                             INTR_SYNTAX_ERROR_PROTO, INTR_AGGREGATE_ERROR_PROTO};
  for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++) I[errs[i]] = make(vm, OK_PLAIN, I[INTR_ERROR_PROTO], 0);
  I[INTR_ITERATOR_PROTO] = make(vm, OK_PLAIN, op, 0);
  static const int iters[] = {INTR_ARRAY_ITER_PROTO, INTR_STRING_ITER_PROTO, INTR_MAP_ITER_PROTO,
                              INTR_SET_ITER_PROTO, INTR_GENERATOR_PROTO};
  for (size_t i = 0; i < sizeof iters / sizeof iters[0]; i++) I[iters[i]] = make(vm, OK_PLAIN, I[INTR_ITERATOR_PROTO], 0);
  I[INTR_ASYNC_GENERATOR_PROTO] = make(vm, OK_PLAIN, op, 0);
  I[INTR_ASYNC_FROM_SYNC_ITER_PROTO] = make(vm, OK_PLAIN, op, 0);
  uint32_t fp = I[INTR_FUNCTION_PROTO];
  I[INTR_GENERATOR_FUNCTION_PROTO] = make(vm, OK_PLAIN, fp, 0);
  I[INTR_ASYNC_FUNCTION_PROTO] = make(vm, OK_PLAIN, fp, 0);
  I[INTR_ASYNC_GENERATOR_FUNCTION_PROTO] = make(vm, OK_PLAIN, fp, 0);
  I[INTR_MAP_PROTO] = make(vm, OK_PLAIN, op, 0);
  I[INTR_SET_PROTO] = make(vm, OK_PLAIN, op, 0);
  I[INTR_WEAKMAP_PROTO] = make(vm, OK_PLAIN, op, 0);
  I[INTR_WEAKSET_PROTO] = make(vm, OK_PLAIN, op, 0);
  I[INTR_DATE_PROTO] = make(vm, OK_PLAIN, op, 0);
  I[INTR_PRELUDE_HOOKS] = make(vm, OK_PLAIN, 0, 0);
}

/* Creates constructor `name` from native `module.name`, linking it with its
 * prototype object and installing it as a global. */
uint32_t realm_make_ctor(Vm *vm, const char *module, const char *name, int proto_intr, int ctor_intr) {
  uint32_t c = realm_new_native(vm, module, name, 0);
  uint32_t proto = vm->intr[proto_intr];
  obj_define_cstr(vm, c, "prototype", val_obj(proto), 0);
  obj_define_cstr(vm, proto, "constructor", val_obj(c), PA_WRITABLE | PA_CONFIG);
  obj_define_cstr(vm, vm->global, name, val_obj(c), PA_WRITABLE | PA_CONFIG);
  if (ctor_intr >= 0) vm->intr[ctor_intr] = c;
  return c;
}

/* --- setup ------------------------------------------------------------------------------------ */

static bool run_prelude(Vm *vm, uint32_t proto) {
  uint32_t fn = heap_alloc(&vm->heap, OK_FUNC, vm->intr[INTR_FUNCTION_PROTO], 0, FD__COUNT);
  heap_set_data(&vm->heap, fn, FD_PROTO, val_num(proto));
  Value out;
  VmStatus st = vm_call(vm, val_obj(fn), VAL_UNDEF, NULL, 0, &out);
  if (st == VS_OK) return true;
  fprintf(stderr, "ticktock: internal error: the prelude failed");
  if (st == VS_THROW) {
    Value msg;
    if (val_is_obj(vm->exc)) obj_lookup(vm, val_obj_idx(vm->exc), val_str(ATOM_message), &msg);
    else msg = vm->exc;
    if (val_is_str(msg)) fprintf(stderr, ": %s", str_cstr_tmp(vm->strs, val_str_id(msg)));
  }
  fprintf(stderr, "\n");
  return false;
}

bool realm_setup(Vm *vm, uint32_t prelude_proto, const RealmWorkers *w) {
  make_prototypes(vm);
  make_symbols(vm);
  vm->global = make(vm, OK_PLAIN, vm->intr[INTR_OBJECT_PROTO], 0);
  vm->jobs = heap_alloc(&vm->heap, OK_RECORD, 0, 0, 0);
  heap_obj(&vm->heap, vm->jobs)->aux = REC_LIST;
  vm->rejections = heap_alloc(&vm->heap, OK_RECORD, 0, 0, 0);
  heap_obj(&vm->heap, vm->rejections)->aux = REC_LIST;
  for (uint32_t m = 0; m < NMODULES; m++)
    if (modules[m]->init) modules[m]->init(vm);
  make_native_intrinsics(vm);
  if (!run_prelude(vm, prelude_proto)) return false;
  while (promise_jobs_pending(vm)) {
    bool ran;
    if (promise_run_job(vm, &ran) != VS_OK) return false;
  }
  hw_realm_setup(vm, w);
  /* everything made so far is the realm: base objects keep their indices */
  vm_gc(vm);
  vm->heap.nbase = vm->heap.nobj;
  for (uint32_t i = 1; i < vm->heap.nbase; i++) heap_obj(&vm->heap, i)->flags &= (uint8_t)~OF_DIRTY;
  return true;
}

uint32_t realm_compile_prelude(Program *prog) {
  size_t len = 0;
  for (size_t i = 0; i < prelude_nlines; i++) len += strlen(prelude_lines[i]);
  char *src = xmalloc(len + 1);
  size_t at = 0;
  for (size_t i = 0; i < prelude_nlines; i++) {
    size_t n = strlen(prelude_lines[i]);
    memcpy(src + at, prelude_lines[i], n);
    at += n;
  }
  src[len] = '\0';
  Arena arena;
  arena_init(&arena);
  DiagList d;
  diag_init(&d);
  ParseResult pr;
  uint32_t id = UINT32_MAX;
  if (parse_source(&arena, src, len, PARSE_SCRIPT, &pr, &d)) {
    CompileOpts o = {.prelude = true, .intrinsic = realm_intrinsic_lookup};
    id = cg_compile(prog, pr.program, &o, &d);
  }
  if (id == UINT32_MAX) {
    DiagSource ds = {"<prelude>", src, len};
    diag_print(stderr, &ds, &d);
  }
  diag_free(&d);
  arena_free(&arena);
  free(src);
  return id;
}
