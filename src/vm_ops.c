/* vm_ops.c - instruction helpers; see vm_ops.h. */
#include "vm_ops.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "numconv.h"
#include "vm_bigint.h"

#define S(i) (vm->stack[vm->sp - 1 - (i)])
#define PUSH(v) vm_push(vm, (v)) /* a call: the value is read before sp moves */
#define SLOT(i) (vm->sp - 1 - (i)) /* absolute index of S(i) */

/* --- conversions through JavaScript -------------------------------------------- */

VmStatus op_to_primitive_retry(Vm *vm, uint32_t ipc, uint32_t slot, const char *hint) {
  Value fn = realm_hook(vm, "toPrimitive");
  if (!val_is_callable(vm, fn)) return vm_throw_type(vm, "Cannot convert object to primitive value");
  vm_top(vm)->pc = ipc; /* run the instruction again with the primitive */
  Value v = vm->stack[slot];
  PUSH(fn);
  PUSH(VAL_UNDEF);
  PUSH(v);
  PUSH(val_cstr(vm, hint));
  return vm_invoke(vm, 2, CONT_RETRY, slot, VAL_UNDEF, 0);
}

void op_tdz_error(Vm *vm, uint32_t name) {
  if (str_eq_cstr(vm->strs, name, "this"))
    vm_throw_ref(vm, "Must call super constructor in derived class before accessing 'this' or "
                     "returning from derived constructor");
  else
    vm_throw_ref(vm, "Cannot access '%s' before initialization", str_cstr_tmp(vm->strs, name));
}

/* --- environments ---------------------------------------------------------------- */

uint32_t op_env_at(Vm *vm, uint32_t env, uint32_t depth) {
  while (depth--) env = val_obj_idx(heap_get_data(H, env, 0));
  return env;
}

uint32_t op_new_env(Vm *vm, uint32_t parent, uint32_t n) {
  uint32_t e = heap_alloc(H, OK_ENV, 0, 0, 1 + n);
  heap_set_data(H, e, 0, parent ? val_obj(parent) : VAL_UNDEF);
  return e;
}

uint32_t op_copy_env(Vm *vm, uint32_t env) {
  uint32_t n = heap_obj(H, env)->ndata;
  uint32_t e = heap_alloc(H, OK_ENV, 0, 0, n);
  memcpy(heap_data(H, e), heap_data(H, env), sizeof(Value) * n);
  return e;
}

/* --- globals ----------------------------------------------------------------------- */

static VmStatus call_getter(Vm *vm, Value getter, Value this_v, uint8_t cont, uint32_t cont_a) {
  PUSH(getter);
  PUSH(this_v);
  return vm_invoke(vm, 0, cont, cont_a, VAL_UNDEF, 0);
}

VmStatus op_get_global(Vm *vm, uint32_t name) {
  Value out;
  Lookup lk = obj_lookup(vm, vm->global, val_str(name), &out);
  if (lk == LK_ABSENT) return vm_throw_ref(vm, "%s is not defined", str_cstr_tmp(vm->strs, name));
  if (lk == LK_VALUE) {
    PUSH(out);
    return VS_OK;
  }
  return call_getter(vm, out, val_obj(vm->global), CONT_NORMAL, 0);
}

VmStatus op_set_global(Vm *vm, uint32_t name, bool strict) {
  Value v = S(0), setter;
  if (strict && !obj_has(vm, vm->global, val_str(name)))
    return vm_throw_ref(vm, "%s is not defined", str_cstr_tmp(vm->strs, name));
  VmStatus st = val_set(vm, val_obj(vm->global), val_str(name), v, &setter);
  if (st != VS_CALL) return st;
  PUSH(setter);
  PUSH(val_obj(vm->global));
  PUSH(v);
  return vm_invoke(vm, 1, CONT_DISCARD, 0, VAL_UNDEF, 0);
}

VmStatus op_typeof_global(Vm *vm, uint32_t name) {
  Value out;
  Lookup lk = obj_lookup(vm, vm->global, val_str(name), &out);
  if (lk == LK_GETTER) {
    PUSH(VAL_UNDEF);
    return VS_OK;
  }
  PUSH(val_str(val_typeof(vm, out)));
  return VS_OK;
}

/* --- property access ------------------------------------------------------------------ */

/* [base] with key: replaces base by the value (method: [value base]). */
static VmStatus get_with_key(Vm *vm, Value key, bool method) {
  Value base = S(0), out;
  Lookup lk;
  VmStatus st = val_lookup(vm, base, key, &out, &lk);
  if (st != VS_OK) return st;
  if (lk != LK_GETTER || out == VAL_UNDEF) {
    if (lk == LK_GETTER) out = VAL_UNDEF;
    S(0) = out;
    if (method) PUSH(base);
    return VS_OK;
  }
  if (!method) {
    S(0) = out;
    PUSH(base);
    return vm_invoke(vm, 0, CONT_NORMAL, 0, VAL_UNDEF, 0);
  }
  uint32_t slot = SLOT(0);
  PUSH(base);
  return call_getter(vm, out, base, CONT_SLOT, slot);
}

VmStatus op_get(Vm *vm, Value key, bool method) { return get_with_key(vm, key, method); }

/* Converts the key at S(0) to a property key; may retry through ToPrimitive. */
static VmStatus key_at_top(Vm *vm, uint32_t ipc, uint32_t depth, Value *key) {
  Value k = S(depth);
  if (val_is_obj(k)) return op_to_primitive_retry(vm, ipc, SLOT(depth), "string");
  return val_to_key_prim(vm, k, key);
}

/* null[obj] / undefined[obj]: the key is not converted (no user code runs);
 * like V8, the message names it only when that needs no side effect. */
static VmStatus nullish_object_key(Vm *vm, Value base, Value key) {
  Buf b;
  buf_init(&b);
  val_display_string(vm, key, &b);
  buf_putc(&b, '\0');
  const char *what = base == VAL_NULL ? "null" : "undefined";
  VmStatus st = strncmp(b.data, "[object ", 8) == 0
                    ? vm_throw_type(vm, "Cannot read properties of %s", what)
                    : vm_throw_type(vm, "Cannot read properties of %s (reading '%s')", what, b.data);
  buf_free(&b);
  return st;
}

VmStatus op_get_elem(Vm *vm, uint32_t ipc, bool method) {
  Value key;
  if (val_is_sym(S(0)) && priv_is_name(vm, S(0))) return op_priv_get(vm, method);
  if (val_is_obj(S(0)) && val_is_nullish(S(1))) return nullish_object_key(vm, S(1), S(0));
  if (val_is_obj(S(0))) return op_to_primitive_retry(vm, ipc, SLOT(0), "string");
  Value base = S(1);
  if (val_is_str(base) && val_is_num(S(0))) {
    double d = val_to_double(S(0));
    uint32_t s = val_str_id(base), i = val_index_u32(d);
    if (d >= 0 && d == (double)i && i < str_len(vm->strs, s)) {
      vm->sp--;
      S(0) = val_str(str_substr(vm->strs, s, i, i + 1));
      if (method) PUSH(base);
      return VS_OK;
    }
  }
  VmStatus st = key_at_top(vm, ipc, 0, &key);
  if (st != VS_OK) return st;
  vm->sp--;
  return get_with_key(vm, key, method);
}

/* [base v] assignment of key. */
static VmStatus set_with_key(Vm *vm, Value key) {
  Value base = S(1), v = S(0), setter;
  VmStatus st = val_set(vm, base, key, v, &setter);
  if (st != VS_CALL) {
    if (st == VS_OK) {
      vm->sp--;
      S(0) = v;
    }
    return st;
  }
  S(1) = v;
  S(0) = setter;
  PUSH(base);
  PUSH(v);
  return vm_invoke(vm, 1, CONT_DISCARD, 0, VAL_UNDEF, 0);
}

VmStatus op_set(Vm *vm, Value key) { return set_with_key(vm, key); }

VmStatus op_set_elem(Vm *vm, uint32_t ipc) {
  Value key;
  if (val_is_sym(S(1)) && priv_is_name(vm, S(1))) return op_priv_set(vm);
  if (val_is_obj(S(1))) return op_to_primitive_retry(vm, ipc, SLOT(1), "string");
  Value base = S(2);
  if (val_is_num(S(1)) && obj_is_kind(vm, base, OK_ARRAY) &&
      !(heap_obj(H, val_obj_idx(base))->flags & OF_NOEXT)) {
    double d = val_to_double(S(1));
    uint32_t i = val_index_u32(d);
    if (d >= 0 && d == (double)i && i < UINT32_MAX) {
      arr_set(vm, val_obj_idx(base), i, S(0));
      S(2) = S(0);
      vm->sp -= 2;
      return VS_OK;
    }
  }
  VmStatus st = key_at_top(vm, ipc, 1, &key);
  if (st != VS_OK) return st;
  Value v = S(0);       /* [base key v] -> [base v] */
  vm->sp--;
  S(0) = v;
  return set_with_key(vm, key);
}

VmStatus op_delete(Vm *vm, Value key) {
  Value base = S(0);
  if (val_is_nullish(base))
    return vm_throw_type(vm, "Cannot convert undefined or null to object");
  bool ok = true;
  if (val_is_obj(base)) {
    VmStatus st = obj_delete_strict(vm, val_obj_idx(base), key, &ok);
    if (st != VS_OK) return st;
  }
  S(0) = val_bool(ok);
  return VS_OK;
}

VmStatus op_delete_elem(Vm *vm, uint32_t ipc) {
  Value key;
  VmStatus st = key_at_top(vm, ipc, 0, &key);
  if (st != VS_OK) return st;
  vm->sp--;
  return op_delete(vm, key);
}

void op_define_prop(Vm *vm, uint32_t name) {
  Value v = S(0);
  uint32_t obj = val_obj_idx(S(1));
  vm->sp--;
  if (name == UINT32_MAX) { /* __proto__: value in a literal sets the prototype */
    heap_touch(H, obj);
    if (val_is_obj(v)) heap_obj(H, obj)->proto = val_obj_idx(v);
    else if (v == VAL_NULL) heap_obj(H, obj)->proto = 0;
    return;
  }
  obj_define(vm, obj, val_str(name), v, PA_DEFAULT);
}

void op_define_elem(Vm *vm) {
  Value v = S(0), key = S(1);
  uint32_t obj = val_obj_idx(S(2));
  vm->sp -= 2;
  obj_define(vm, obj, key, v, PA_DEFAULT);
}

void op_define_method(Vm *vm, uint32_t kind, uint32_t enumerable) {
  Value fn = S(0), key = S(1);
  uint32_t obj = val_obj_idx(S(2));
  vm->sp -= 2;
  if (heap_obj(H, val_obj_idx(fn))->kind == OK_FUNC) heap_set_data(H, val_obj_idx(fn), FD_HOME, val_obj(obj));
  unsigned attrs = PA_CONFIG | (enumerable ? PA_ENUM : 0);
  if (kind == 0) obj_define(vm, obj, key, fn, attrs | PA_WRITABLE);
  else if (kind == 1) obj_define_accessor(vm, obj, key, fn, VAL_UNDEF, attrs);
  else obj_define_accessor(vm, obj, key, VAL_UNDEF, fn, attrs);
}

/* Copies the own enumerable properties of src (data values only: see
 * has_accessor) into dst, skipping keys in `skip`. */
static void copy_props(Vm *vm, uint32_t dst, Value src, uint32_t skip) {
  if (val_is_str(src)) {
    uint32_t s = val_str_id(src), n = str_len(vm->strs, s);
    for (uint32_t i = 0; i < n; i++)
      obj_define(vm, dst, key_from_index(vm, i), val_str(str_substr(vm->strs, s, i, i + 1)), PA_DEFAULT);
    return;
  }
  if (!val_is_obj(src)) return;
  uint32_t so = val_obj_idx(src), keys = obj_own_keys(vm, so, true, true);
  for (uint32_t i = 0; i < arr_len(vm, keys); i++) {
    Value k = arr_get(vm, keys, i), v;
    bool skipped = false;
    for (uint32_t j = 0; skip && j < arr_len(vm, skip) && !skipped; j++)
      skipped = arr_get(vm, skip, j) == k;
    if (skipped) continue;
    if (obj_get_own(vm, so, k, &v) == LK_GETTER) v = VAL_UNDEF;
    obj_define(vm, dst, k, v, PA_DEFAULT);
  }
}

/* A source with an accessor is copied by the prelude (copyDataProperties),
 * where getters run, in key order. */
static bool has_accessor(Vm *vm, Value src) {
  if (!val_is_obj(src)) return false;
  uint32_t o = val_obj_idx(src);
  for (uint32_t i = 0; i < heap_obj(H, o)->nprops; i++)
    if ((heap_prop_attrs(H, o, i) & (PA_ACCESSOR | PA_PRIVATE)) == PA_ACCESSOR) return true;
  return false;
}

VmStatus op_obj_spread(Vm *vm) {
  Value src = S(0);
  if (has_accessor(vm, src)) { /* [target src] -> [target] hook(target, src) */
    Value target = S(1);
    S(0) = realm_hook(vm, "copyDataProperties");
    PUSH(VAL_UNDEF);
    PUSH(target);
    PUSH(src);
    return vm_invoke(vm, 2, CONT_DISCARD, 0, VAL_UNDEF, 0);
  }
  vm->sp--;
  copy_props(vm, val_obj_idx(S(0)), src, 0);
  return VS_OK;
}

VmStatus op_obj_rest(Vm *vm) {
  Value keys = S(0), src = S(1);
  uint32_t o = obj_new(vm);
  if (has_accessor(vm, src)) { /* [src keys] -> hook(new, src, keys) */
    S(1) = realm_hook(vm, "copyDataProperties");
    S(0) = VAL_UNDEF;
    PUSH(val_obj(o));
    PUSH(src);
    PUSH(keys);
    return vm_invoke(vm, 3, CONT_NORMAL, 0, VAL_UNDEF, 0);
  }
  copy_props(vm, o, src, val_obj_idx(keys));
  vm->sp--;
  S(0) = val_obj(o);
  return VS_OK;
}

static uint32_t home_object(Vm *vm) {
  Frame *f = vm_top(vm);
  Value home = heap_get_data(H, f->func, FD_HOME);
  return val_is_obj(home) ? val_obj_idx(home) : 0;
}

VmStatus op_get_super(Vm *vm, Value key) {
  uint32_t home = home_object(vm);
  uint32_t base = home ? heap_obj(H, home)->proto : 0;
  Value out = VAL_UNDEF, this_v = S(0);
  Lookup lk;
  VmStatus st = val_lookup(vm, base ? val_obj(base) : VAL_NULL, key, &out, &lk); /* null: node's TypeError */
  if (st != VS_OK) return st;
  vm->sp--;
  if (lk != LK_GETTER) {
    PUSH(out);
    return VS_OK;
  }
  return call_getter(vm, out, this_v, CONT_NORMAL, 0);
}

VmStatus op_get_super_elem(Vm *vm) {
  Value key;
  VmStatus st = val_to_key_prim(vm, S(0), &key);
  if (st != VS_OK) return st;
  vm->sp--;
  return op_get_super(vm, key);
}

/* [this key v] -> v: super[key] = v; key is already a property key. */
VmStatus op_set_super_elem(Vm *vm) {
  uint32_t home = home_object(vm);
  Value receiver = S(2), key = S(1), v = S(0), setter;
  VmStatus st = val_super_set(vm, home ? heap_obj(H, home)->proto : 0, receiver, key, v, &setter);
  if (st == VS_OK) {
    vm->sp -= 2;
    S(0) = v;
  }
  if (st != VS_CALL) return st;
  S(2) = v; /* [v setter receiver v] */
  S(1) = setter;
  S(0) = receiver;
  PUSH(v);
  return vm_invoke(vm, 1, CONT_DISCARD, 0, VAL_UNDEF, 0);
}

VmStatus op_to_propkey(Vm *vm, uint32_t ipc) {
  Value key;
  VmStatus st = key_at_top(vm, ipc, 0, &key);
  if (st == VS_OK) S(0) = key;
  return st;
}

/* --- calls ----------------------------------------------------------------------------- */

/* Replaces the array at S(0) by its elements; returns their count. */
static uint32_t spread_top(Vm *vm) {
  uint32_t arr = val_obj_idx(S(0)), n = arr_len(vm, arr);
  vm->sp--;
  vm_stack_reserve(vm, n + 16);
  for (uint32_t i = 0; i < n; i++) PUSH(arr_get(vm, arr, i));
  return n;
}

VmStatus op_call_spread(Vm *vm, uint32_t name) {
  uint32_t n = spread_top(vm);
  return vm_invoke(vm, n, CONT_NORMAL, 0, VAL_UNDEF, name);
}

/* Inserts `count` values below the top argc values. */
static void insert_below(Vm *vm, uint32_t argc, uint32_t count, Value a, Value b) {
  vm_stack_reserve(vm, count);
  Value *args = &vm->stack[vm->sp - argc];
  memmove(args + count, args, sizeof(Value) * argc);
  args[0] = a;
  if (count > 1) args[1] = b;
  vm->sp += count;
}

VmStatus op_new(Vm *vm, uint32_t argc, uint32_t name) {
  insert_below(vm, argc, 1, VAL_UNDEF, VAL_UNDEF);
  return vm_construct(vm, argc, VAL_UNDEF, CONT_CONSTRUCT, name);
}

VmStatus op_new_spread(Vm *vm, uint32_t name) {
  uint32_t n = spread_top(vm);
  return op_new(vm, n, name);
}

void op_require_obj_error(Vm *vm, uint32_t text, uint32_t key) {
  Value v = S(0);
  const char *what = v == VAL_NULL ? "null" : "undefined";
  if (text == UINT32_MAX) {
    vm_throw_type(vm, "Cannot read properties of %s", what);
    return;
  }
  Buf b;
  buf_init(&b);
  if (text) str_to_utf8(vm->strs, text, &b);
  else val_default_callsite(vm, v, &b);
  buf_putc(&b, '\0');
  if (key) vm_throw_type(vm, "Cannot destructure property '%s' of '%s' as it is %s.", str_cstr_tmp(vm->strs, key), b.data, what);
  else vm_throw_type(vm, "Cannot destructure '%s' as it is %s.", b.data, what);
  buf_free(&b);
}

VmStatus op_super_call(Vm *vm, uint32_t argc) {
  Frame *f = vm_top(vm);
  uint32_t parent = heap_obj(H, f->func)->proto;
  if (!parent || !val_is_ctor(vm, val_obj(parent)))
    return vm_throw_type(vm, "Super constructor %s of anonymous class is not a constructor",
                         parent ? "[object]" : "null");
  insert_below(vm, argc, 2, val_obj(parent), VAL_UNDEF);
  return vm_construct(vm, argc, f->new_target, CONT_SUPER, 0);
}

VmStatus op_super_call_spread(Vm *vm) {
  uint32_t n = spread_top(vm);
  return op_super_call(vm, n);
}

/* --- functions and classes ------------------------------------------------------------------ */

uint32_t op_closure(Vm *vm, uint32_t pid, uint32_t env) {
  FuncProto *p = vm->prog->protos[pid];
  bool gen = p->flags & FPF_GENERATOR, async = p->flags & FPF_ASYNC;
  uint32_t fproto = vm->intr[gen ? (async ? INTR_ASYNC_GENERATOR_FUNCTION_PROTO : INTR_GENERATOR_FUNCTION_PROTO)
                                 : async ? INTR_ASYNC_FUNCTION_PROTO : INTR_FUNCTION_PROTO];
  uint32_t fn = heap_alloc(H, OK_FUNC, fproto, 0, FD__COUNT);
  Value *d = heap_data(H, fn);
  d[FD_PROTO] = val_num(pid);
  d[FD_ENV] = env ? val_obj(env) : VAL_UNDEF;
  if (p->kind == FK_ARROW && vm->nframes) /* `super` in an arrow is its enclosing method's */
    d[FD_HOME] = heap_get_data(H, vm_top(vm)->func, FD_HOME);
  if (p->kind == FK_NORMAL && !gen && !async) {
    heap_obj(H, fn)->flags |= OF_CTOR;
    uint32_t proto = obj_new(vm);
    obj_define(vm, proto, val_str(ATOM_constructor), val_obj(fn), PA_WRITABLE | PA_CONFIG);
    obj_define(vm, fn, val_str(ATOM_prototype), val_obj(proto), PA_WRITABLE);
  } else if (gen) {
    uint32_t proto = obj_new_proto(vm, vm->intr[async ? INTR_ASYNC_GENERATOR_PROTO : INTR_GENERATOR_PROTO]);
    obj_define(vm, fn, val_str(ATOM_prototype), val_obj(proto), PA_WRITABLE);
  }
  return fn;
}

VmStatus op_class(Vm *vm, uint32_t ctor_pid, uint32_t has_heritage, uint32_t env) {
  uint32_t proto_parent = vm->intr[INTR_OBJECT_PROTO], ctor_parent = vm->intr[INTR_FUNCTION_PROTO];
  if (has_heritage) {
    Value h = S(0);
    vm->sp--;
    if (h == VAL_NULL) {
      proto_parent = 0;
    } else if (!val_is_ctor(vm, h)) {
      uint32_t s = ATOM_object;
      if (!val_is_obj(h)) val_to_string_prim(vm, h, &s);
      return vm_throw_type(vm, "Class extends value %s is not a constructor or null",
                           str_cstr_tmp(vm->strs, s));
    } else {
      Value pp;
      obj_lookup(vm, val_obj_idx(h), val_str(ATOM_prototype), &pp);
      if (!val_is_obj(pp) && pp != VAL_NULL)
        return vm_throw_type(vm, "Class extends value does not have valid prototype property");
      proto_parent = val_is_obj(pp) ? val_obj_idx(pp) : 0;
      ctor_parent = val_obj_idx(h);
    }
  }
  uint32_t proto = obj_new_proto(vm, proto_parent);
  uint32_t fn = heap_alloc(H, OK_FUNC, ctor_parent, 2, FD__COUNT);
  Value *d = heap_data(H, fn);
  d[FD_PROTO] = val_num(ctor_pid);
  d[FD_ENV] = env ? val_obj(env) : VAL_UNDEF;
  d[FD_HOME] = val_obj(proto);
  heap_obj(H, fn)->flags |= OF_CLASS | OF_CTOR | (has_heritage ? OF_DERIVED : 0);
  obj_define(vm, fn, val_str(ATOM_prototype), val_obj(proto), 0);
  obj_define(vm, proto, val_str(ATOM_constructor), val_obj(fn), PA_WRITABLE | PA_CONFIG);
  PUSH(val_obj(fn));
  PUSH(val_obj(proto));
  return VS_OK;
}

VmStatus op_init_fields(Vm *vm) {
  Frame *f = vm_top(vm);
  if (heap_obj(H, f->func)->kind != OK_FUNC) return VS_OK;
  Value fields = heap_get_data(H, f->func, FD_FIELDS);
  if (!val_is_obj(fields)) return VS_OK;
  PUSH(fields);
  PUSH(f->this_val);
  return vm_invoke(vm, 0, CONT_DISCARD, 0, VAL_UNDEF, 0);
}

void op_set_home(Vm *vm) {
  heap_set_data(H, val_obj_idx(S(0)), FD_HOME, S(1));
}

void op_set_fn_name(Vm *vm, uint32_t name) {
  Value fn = S(0);
  Value n;
  const char *prefix = name == FN_NAME_GET_KEY ? "get " : name == FN_NAME_SET_KEY ? "set " : NULL;
  if (prefix) name = 0;
  if (name) {
    n = val_str(name);
  } else {
    Value key = S(1);
    if (val_is_sym(key)) {
      Value desc = heap_get_data(H, val_obj_idx(key), 0);
      uint32_t ds = val_is_str(desc) ? val_str_id(desc) : ATOM_empty;
      n = val_str(str_concat(vm->strs, str_concat(vm->strs, str_cstr(vm->strs, "["), ds),
                             str_cstr(vm->strs, "]")));
    } else {
      n = key;
    }
    if (prefix) n = val_str(str_concat(vm->strs, str_cstr(vm->strs, prefix), val_str_id(n)));
  }
  obj_define(vm, val_obj_idx(fn), val_str(ATOM_name), n, PA_CONFIG);
}

Value op_rest(Vm *vm, uint32_t from) {
  Frame *f = vm_top(vm);
  FuncProto *p = vm_proto(vm, f);
  uint32_t a = arr_new(vm, 0);
  for (uint32_t i = from; i < p->nparams && i < f->argc; i++) arr_push(vm, a, vm->stack[f->base + i]);
  if (val_is_obj(f->extra)) {
    uint32_t e = val_obj_idx(f->extra);
    for (uint32_t i = 0; i < arr_len(vm, e); i++) arr_push(vm, a, arr_get(vm, e, i));
  }
  return val_obj(a);
}

Value op_arguments(Vm *vm) {
  Frame *f = vm_top(vm);
  FuncProto *p = vm_proto(vm, f);
  uint32_t a = heap_alloc(H, OK_ARGUMENTS, vm->intr[INTR_OBJECT_PROTO], 0, 0);
  for (uint32_t i = 0; i < p->nparams && i < f->argc; i++) heap_data_push(H, a, vm->stack[f->base + i]);
  if (val_is_obj(f->extra)) {
    uint32_t e = val_obj_idx(f->extra);
    for (uint32_t i = 0; i < arr_len(vm, e); i++) heap_data_push(H, a, arr_get(vm, e, i));
  }
  /* iterable like an array, through an own (non-enumerable) @@iterator */
  obj_define(vm, a, val_sym(vm->intr[INTR_SYM_ITERATOR]), val_obj(vm->intr[INTR_ARRAY_VALUES]), PA_WRITABLE | PA_CONFIG);
  return val_obj(a);
}

/* --- operators --------------------------------------------------------------------------------- */

static VmStatus to_number(Vm *vm, Value v, double *out) { return val_to_number_prim(vm, v, out); }

/* An operator with a symbolic number (VT_RND) among its n operands on top
 * of the stack: the host computes it symbolically (true: done, result on
 * the stack) or the operands become plain numbers and the operator runs as
 * usual (false). */
static bool sym_operator(Vm *vm, uint32_t op, uint32_t n) {
  Value b = S(0), a = n == 2 ? S(1) : VAL_UNDEF;
  if (!val_is_rnd(a) && !val_is_rnd(b)) return false;
  Value r;
  if (vm->hooks.sym_arith && vm->hooks.sym_arith(vm->hooks.ctx, vm, op, a, b, &r)) {
    vm->sp -= n - 1;
    S(0) = r;
    return true;
  }
  S(0) = vm_concrete(vm, b);
  if (n == 2) S(1) = vm_concrete(vm, a);
  return false;
}

VmStatus op_add(Vm *vm, uint32_t ipc) {
  if (sym_operator(vm, OP_ADD, 2)) return VS_OK;
  if (val_is_obj(S(1))) return op_to_primitive_retry(vm, ipc, SLOT(1), "default");
  if (val_is_obj(S(0))) return op_to_primitive_retry(vm, ipc, SLOT(0), "default");
  Value a = S(1), b = S(0);
  if (val_is_str(a) || val_is_str(b)) {
    uint32_t sa, sb;
    if (val_to_string_prim(vm, a, &sa) != VS_OK || val_to_string_prim(vm, b, &sb) != VS_OK)
      return VS_THROW;
    if ((uint64_t)str_len(vm->strs, sa) + str_len(vm->strs, sb) > STR_MAX_LEN)
      return vm_throw_range(vm, "Invalid string length");
    vm->sp--;
    S(0) = val_str(str_concat(vm->strs, sa, sb));
    return VS_OK;
  }
  if (val_is_big(a) || val_is_big(b)) return vbig_binary(vm, OP_ADD);
  double x, y;
  if (to_number(vm, a, &x) != VS_OK || to_number(vm, b, &y) != VS_OK) return VS_THROW;
  vm->sp--;
  S(0) = val_num(x + y);
  return VS_OK;
}

static double js_pow(double x, double y) {
  if (y != y) return NAN;
  if ((x == 1 || x == -1) && isinf(y)) return NAN;
  return pow(x, y);
}

VmStatus op_arith(Vm *vm, uint32_t op) {
  uint32_t ipc = vm_top(vm)->ipc;
  if (sym_operator(vm, op, 2)) return VS_OK;
  if (val_is_obj(S(1))) return op_to_primitive_retry(vm, ipc, SLOT(1), "number");
  if (val_is_obj(S(0))) return op_to_primitive_retry(vm, ipc, SLOT(0), "number");
  if (val_is_big(S(1)) || val_is_big(S(0))) return vbig_binary(vm, op);
  double x, y, r = 0;
  if (to_number(vm, S(1), &x) != VS_OK || to_number(vm, S(0), &y) != VS_OK) return VS_THROW;
  int32_t ix = num_to_int32(x), iy = num_to_int32(y);
  switch (op) {
    case OP_SUB: r = x - y; break;
    case OP_MUL: r = x * y; break;
    case OP_DIV: r = x / y; break;
    case OP_MOD: r = fmod(x, y); break;
    case OP_EXP: r = js_pow(x, y); break;
    case OP_BITAND: r = ix & iy; break;
    case OP_BITOR: r = ix | iy; break;
    case OP_BITXOR: r = ix ^ iy; break;
    case OP_SHL: r = (int32_t)((uint32_t)ix << (iy & 31)); break;
    case OP_SHR: r = ix >> (iy & 31); break;
    case OP_USHR: r = num_to_uint32(x) >> (iy & 31); break;
    default: break;
  }
  vm->sp--;
  S(0) = val_num(r);
  return VS_OK;
}

VmStatus op_compare(Vm *vm, uint32_t op) {
  uint32_t ipc = vm_top(vm)->ipc;
  if (sym_operator(vm, op, 2)) return VS_OK;
  if (val_is_obj(S(1))) return op_to_primitive_retry(vm, ipc, SLOT(1), "number");
  if (val_is_obj(S(0))) return op_to_primitive_retry(vm, ipc, SLOT(0), "number");
  Value a = S(1), b = S(0);
  bool r;
  if (val_is_str(a) && val_is_str(b)) {
    int c = str_cmp(vm->strs, val_str_id(a), val_str_id(b));
    r = op == OP_LT ? c < 0 : op == OP_LE ? c <= 0 : op == OP_GT ? c > 0 : c >= 0;
  } else if (val_is_big(a) || val_is_big(b)) {
    if (val_is_sym(a) || val_is_sym(b)) return vm_throw_type(vm, "Cannot convert a Symbol value to a number");
    int c = vbig_compare(vm, a, b); /* 2: undefined, false for every operator */
    r = c != 2 && (op == OP_LT ? c < 0 : op == OP_LE ? c <= 0 : op == OP_GT ? c > 0 : c >= 0);
  } else {
    double x, y;
    if (to_number(vm, a, &x) != VS_OK || to_number(vm, b, &y) != VS_OK) return VS_THROW;
    r = op == OP_LT ? x < y : op == OP_LE ? x <= y : op == OP_GT ? x > y : x >= y;
  }
  vm->sp--;
  S(0) = val_bool(r);
  return VS_OK;
}

VmStatus op_loose_eq(Vm *vm, uint32_t ipc, bool negate) {
  Value a = S(1), b = S(0);
  bool ao = val_is_obj(a), bo = val_is_obj(b);
  if (ao != bo) {
    Value other = ao ? b : a;
    if (!val_is_nullish(other)) return op_to_primitive_retry(vm, ipc, ao ? SLOT(1) : SLOT(0), "default");
  }
  bool r = val_loose_eq_prim(vm, a, b);
  vm->sp--;
  S(0) = val_bool(negate ? !r : r);
  return VS_OK;
}

VmStatus op_in(Vm *vm, uint32_t ipc) {
  Value obj = S(0), k = S(1), key;
  if (val_is_sym(k) && priv_is_name(vm, k)) return op_priv_in(vm);
  if (!val_is_obj(obj)) { /* V8 shows both sides as it shows receivers: Symbol(s), #<Object>, [object Array] */
    Buf b;
    buf_init(&b);
    buf_puts(&b, "Cannot use 'in' operator to search for '");
    val_display_string(vm, k, &b);
    buf_puts(&b, "' in ");
    val_display_string(vm, obj, &b);
    buf_putc(&b, '\0');
    VmStatus st = vm_throw_type(vm, "%s", b.data);
    buf_free(&b);
    return st;
  }
  if (val_is_obj(k)) return op_to_primitive_retry(vm, ipc, SLOT(1), "string"); /* ToPropertyKey, after the check */
  VmStatus st = val_to_key_prim(vm, k, &key);
  if (st != VS_OK) return st;
  bool r = obj_has(vm, val_obj_idx(obj), key);
  vm->sp--;
  S(0) = val_bool(r);
  return VS_OK;
}

VmStatus op_instanceof(Vm *vm) {
  Value c = S(0), v = S(1);
  if (!val_is_obj(c)) return vm_throw_type(vm, "Right-hand side of 'instanceof' is not an object");
  Value hi, dflt = VAL_UNDEF;
  Lookup lk = obj_lookup(vm, val_obj_idx(c), val_sym(vm->intr[INTR_SYM_HAS_INSTANCE]), &hi);
  obj_get_own(vm, vm->intr[INTR_FUNCTION_PROTO], val_sym(vm->intr[INTR_SYM_HAS_INSTANCE]), &dflt);
  if (lk == LK_GETTER || (lk == LK_VALUE && !val_is_nullish(hi) && hi != dflt)) {
    /* a custom Symbol.hasInstance: the prelude calls it (instanceofSlow) */
    Value hook = realm_hook(vm, "instanceofSlow");
    vm->sp -= 2;
    PUSH(hook);
    PUSH(VAL_UNDEF);
    PUSH(v);
    PUSH(c);
    return vm_invoke(vm, 2, CONT_NORMAL, 0, VAL_UNDEF, 0);
  }
  if (!val_is_callable(vm, c)) return vm_throw_type(vm, "Right-hand side of 'instanceof' is not callable");
  uint32_t ci = val_obj_idx(c);
  while (heap_obj(H, ci)->kind == OK_BOUND) ci = val_obj_idx(heap_get_data(H, ci, 0));
  Value proto;
  obj_lookup(vm, ci, val_str(ATOM_prototype), &proto);
  if (!val_is_obj(proto)) {
    vm->sp--;
    S(0) = VAL_FALSE;
    if (!val_is_obj(v)) return VS_OK;
    return vm_throw_type(vm, "Function has non-object prototype 'undefined' in instanceof check");
  }
  bool r = obj_instance_of(vm, v, val_obj_idx(proto));
  vm->sp--;
  S(0) = val_bool(r);
  return VS_OK;
}

VmStatus op_unary(Vm *vm, uint32_t op, uint32_t ipc) {
  if (sym_operator(vm, op, 1)) return VS_OK;
  if (val_is_obj(S(0))) return op_to_primitive_retry(vm, ipc, SLOT(0), "number");
  if (val_is_big(S(0))) return vbig_unary(vm, op);
  double x;
  if (to_number(vm, S(0), &x) != VS_OK) return VS_THROW;
  switch (op) {
    case OP_NEG: x = -x; break;
    case OP_BITNOT: x = ~num_to_int32(x); break;
    case OP_INC: x = x + 1; break;
    case OP_DEC: x = x - 1; break;
    default: break;
  }
  S(0) = val_num(x);
  return VS_OK;
}

VmStatus op_to_string(Vm *vm, uint32_t ipc) {
  if (val_is_obj(S(0))) return op_to_primitive_retry(vm, ipc, SLOT(0), "string");
  uint32_t s;
  if (val_to_string_prim(vm, S(0), &s) != VS_OK) return VS_THROW;
  S(0) = val_str(s);
  return VS_OK;
}

VmStatus op_concat(Vm *vm, uint32_t n) {
  size_t total = 0;
  bool wide = false;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t s = val_str_id(S(i));
    total += str_len(vm->strs, s);
    wide |= str_is_wide(vm->strs, s);
  }
  if (total > STR_MAX_LEN) return vm_throw_range(vm, "Invalid string length");
  uint16_t *buf = xmalloc(sizeof(uint16_t) * (total ? total : 1));
  size_t at = 0;
  for (uint32_t i = n; i > 0; i--) {
    uint32_t s = val_str_id(S(i - 1));
    str_units(vm->strs, s, buf + at);
    at += str_len(vm->strs, s);
  }
  (void)wide;
  uint32_t id = str_intern16(vm->strs, buf, total);
  free(buf);
  vm->sp -= n;
  PUSH(val_str(id));
  return VS_OK;
}

/* --- iteration ------------------------------------------------------------------------------------ */

uint32_t iter_new(Vm *vm, unsigned kind, Value target) {
  static const int protos[] = {INTR_ARRAY_ITER_PROTO, INTR_ARRAY_ITER_PROTO, INTR_ARRAY_ITER_PROTO,
                               INTR_STRING_ITER_PROTO, INTR_MAP_ITER_PROTO, INTR_MAP_ITER_PROTO,
                               INTR_MAP_ITER_PROTO, INTR_SET_ITER_PROTO, INTR_SET_ITER_PROTO,
                               INTR_ITERATOR_PROTO};
  uint32_t it = heap_alloc(H, OK_ITER, vm->intr[protos[kind]], 0, 2);
  heap_obj(H, it)->aux = (uint16_t)kind;
  heap_set_data(H, it, 0, target);
  heap_set_data(H, it, 1, val_num(0));
  return it;
}

static bool step_array(Vm *vm, uint32_t it, unsigned kind, Value *value, bool *done) {
  Value t = heap_get_data(H, it, 0);
  uint32_t pos = (uint32_t)val_to_double(heap_get_data(H, it, 1));
  uint32_t a = val_obj_idx(t);
  uint32_t len = (heap_obj(H, a)->kind == OK_ARRAY || heap_obj(H, a)->kind == OK_ARGUMENTS) ? heap_obj(H, a)->ndata : 0;
  if (pos >= len) {
    heap_set_data(H, it, 0, VAL_UNDEF);
    *done = true;
    *value = VAL_UNDEF;
    return true;
  }
  heap_set_data(H, it, 1, val_num(pos + 1));
  *done = false;
  Value v = arr_get(vm, a, pos);
  if (kind == IT_ARRAY_VALUES) *value = v;
  else if (kind == IT_ARRAY_KEYS) *value = val_num(pos);
  else {
    Value pair[2] = {val_num(pos), v};
    *value = val_obj(arr_from(vm, pair, 2));
  }
  return true;
}

static bool step_string(Vm *vm, uint32_t it, Value *value, bool *done) {
  Value t = heap_get_data(H, it, 0);
  uint32_t pos = (uint32_t)val_to_double(heap_get_data(H, it, 1));
  uint32_t s = val_str_id(t), len = str_len(vm->strs, s);
  if (pos >= len) {
    heap_set_data(H, it, 0, val_str(ATOM_empty));
    *done = true;
    *value = VAL_UNDEF;
    return true;
  }
  uint32_t end = pos + 1;
  uint16_t c = str_at(vm->strs, s, pos);
  if (c >= 0xD800 && c <= 0xDBFF && end < len) {
    uint16_t d = str_at(vm->strs, s, end);
    if (d >= 0xDC00 && d <= 0xDFFF) end++;
  }
  heap_set_data(H, it, 1, val_num(end));
  *done = false;
  *value = val_str(str_substr(vm->strs, s, pos, end));
  return true;
}

/* Map/Set data: entries (map: key, value pairs; set: keys), HOLE = deleted. */
static bool step_collection(Vm *vm, uint32_t it, unsigned kind, Value *value, bool *done) {
  Value t = heap_get_data(H, it, 0);
  uint32_t pos = (uint32_t)val_to_double(heap_get_data(H, it, 1));
  bool map = kind == IT_MAP_ENTRIES || kind == IT_MAP_KEYS || kind == IT_MAP_VALUES;
  uint32_t width = map ? 2 : 1;
  if (val_is_obj(t)) {
    uint32_t c = val_obj_idx(t), n = heap_obj(H, c)->ndata;
    while (pos < n && heap_get_data(H, c, pos) == VAL_HOLE) pos += width;
    if (pos < n) {
      Value k = heap_get_data(H, c, pos), v = map ? heap_get_data(H, c, pos + 1) : k;
      heap_set_data(H, it, 1, val_num(pos + width));
      *done = false;
      if (kind == IT_MAP_KEYS || kind == IT_SET_VALUES) *value = k;
      else if (kind == IT_MAP_VALUES) *value = v;
      else {
        Value pair[2] = {k, v};
        *value = val_obj(arr_from(vm, pair, 2));
      }
      return true;
    }
  }
  heap_set_data(H, it, 0, VAL_UNDEF);
  *done = true;
  *value = VAL_UNDEF;
  return true;
}

bool iter_builtin_step(Vm *vm, uint32_t it, Value *value, bool *done) {
  if (heap_obj(H, it)->kind != OK_ITER) return false;
  unsigned kind = heap_obj(H, it)->aux;
  if (heap_get_data(H, it, 0) == VAL_UNDEF) {
    *done = true;
    *value = VAL_UNDEF;
    return true;
  }
  if (kind <= IT_ARRAY_ENTRIES) return step_array(vm, it, kind, value, done);
  if (kind == IT_STRING) return step_string(vm, it, value, done);
  if (kind <= IT_SET_ENTRIES) return step_collection(vm, it, kind, value, done);
  return false;
}

static bool is_intrinsic_fn(Vm *vm, Value fn, int intr) {
  return val_is_obj(fn) && val_obj_idx(fn) == vm->intr[intr];
}

/* The iterator of a value whose iteration is built in and unmodified. */
static bool builtin_iterator(Vm *vm, Value v, Value method, uint32_t *it) {
  if (!is_intrinsic_fn(vm, method, INTR_ARRAY_VALUES)) {
    if (val_is_str(v)) {
      Value m;
      obj_lookup(vm, vm->intr[INTR_STRING_PROTO], val_sym(vm->intr[INTR_SYM_ITERATOR]), &m);
      if (m == method) {
        *it = iter_new(vm, IT_STRING, v);
        return true;
      }
    }
    return false;
  }
  if (!is_array_like_kind(vm, v)) return false;
  *it = iter_new(vm, IT_ARRAY_VALUES, v);
  return true;
}

/* "v is not iterable" when the compiler could name the subject (site, a
 * string id), V8's fallback text otherwise. */
static VmStatus not_iterable(Vm *vm, Value v, uint32_t site, bool async) {
  if (site) return vm_throw_type(vm, "%s is not %siterable", str_cstr_tmp(vm->strs, site), async ? "async " : "");
  Buf b;
  buf_init(&b);
  val_default_callsite(vm, v, &b);
  buf_putc(&b, '\0');
  VmStatus st = vm_throw_type(vm, "%s is not iterable (cannot read property Symbol(Symbol.iterator))", b.data);
  buf_free(&b);
  return st;
}

/* Whether v has a callable @@iterator (for async iteration of sync
 * iterables, which the prelude wraps). */
static VmStatus has_sync_iterator(Vm *vm, Value v, bool *yes) {
  Value m;
  Lookup lk;
  VmStatus st = val_lookup(vm, v, val_sym(vm->intr[INTR_SYM_ITERATOR]), &m, &lk);
  if (st != VS_OK) return st;
  *yes = lk == LK_GETTER || val_is_callable(vm, m);
  return VS_OK;
}

VmStatus op_get_iter(Vm *vm, uint32_t it, uint32_t site, bool async) {
  Frame *f = vm_top(vm);
  Value v = S(0), method = VAL_UNDEF;
  Lookup lk;
  vm->sp--;
  if (async) {
    VmStatus st = val_lookup(vm, v, val_sym(vm->intr[INTR_SYM_ASYNC_ITERATOR]), &method, &lk);
    if (st != VS_OK) return st;
    if (val_is_nullish(method)) {
      bool sync;
      st = has_sync_iterator(vm, v, &sync);
      if (st != VS_OK) return st;
      if (!sync) return not_iterable(vm, v, site, true);
      Value wrap = realm_hook(vm, "asyncFromSync");
      PUSH(wrap);
      PUSH(VAL_UNDEF);
      PUSH(v);
      return vm_invoke(vm, 1, CONT_GET_ITER, it, VAL_UNDEF, 0);
    }
  } else {
    if (val_is_nullish(v)) return not_iterable(vm, v, site, false);
    VmStatus st = val_lookup(vm, v, val_sym(vm->intr[INTR_SYM_ITERATOR]), &method, &lk);
    if (st != VS_OK) return st;
    uint32_t bi;
    if (builtin_iterator(vm, v, method, &bi)) {
      Value next;
      obj_lookup(vm, bi, val_str(ATOM_next), &next);
      vm->stack[f->base + it] = val_obj(bi);
      vm->stack[f->base + it + 1] = next;
      return VS_OK;
    }
  }
  if (!val_is_callable(vm, method)) return not_iterable(vm, v, site, async);
  PUSH(method);
  PUSH(v);
  return vm_invoke(vm, 0, CONT_GET_ITER, it, VAL_UNDEF, 0);
}

/* "number 5 is not a function": a call V8 cannot point at in the source. */
static VmStatus not_callable_default(Vm *vm, Value fn) {
  Buf b;
  buf_init(&b);
  val_default_callsite(vm, fn, &b);
  buf_putc(&b, '\0');
  VmStatus st = vm_throw_type(vm, "%s is not a function", b.data);
  buf_free(&b);
  return st;
}

VmStatus op_iter_next(Vm *vm, uint32_t it, bool raw) {
  Frame *f = vm_top(vm);
  Value iter = vm->stack[f->base + it], next = vm->stack[f->base + it + 1];
  if (iter == VAL_UNDEF) {
    if (raw) {
      PUSH(vm_iter_result(vm, VAL_UNDEF, true));
      return VS_OK;
    }
    PUSH(VAL_UNDEF);
    PUSH(VAL_TRUE);
    return VS_OK;
  }
  if (!raw && val_is_obj(iter)) {
    Value value;
    bool done;
    uint32_t io = val_obj_idx(iter);
    if (heap_obj(H, io)->kind == OK_ITER && val_is_obj(next) && heap_obj(H, val_obj_idx(next))->kind == OK_NATIVE &&
        iter_builtin_step(vm, io, &value, &done)) {
      PUSH(value);
      PUSH(val_bool(done));
      if (done) vm->stack[f->base + it] = VAL_UNDEF;
      return VS_OK;
    }
    if (heap_obj(H, io)->kind == OK_GENERATOR && is_intrinsic_fn(vm, next, INTR_GENERATOR_NEXT))
      return vm_gen_resume(vm, io, VAL_UNDEF, RESUME_NEXT, CONT_ITER, it, VAL_UNDEF);
  }
  if (!val_is_callable(vm, next)) return not_callable_default(vm, next);
  PUSH(next);
  PUSH(iter);
  return vm_invoke(vm, 0, raw ? CONT_ITER_RAW : CONT_ITER, it, VAL_UNDEF, 0);
}

VmStatus op_iter_close(Vm *vm, uint32_t it, uint8_t cont, bool *none) {
  Frame *f = vm_top(vm);
  Value iter = vm->stack[f->base + it];
  if (none) *none = false;
  vm->stack[f->base + it] = VAL_UNDEF;
  Value ret = VAL_UNDEF;
  if (val_is_obj(iter)) obj_lookup(vm, val_obj_idx(iter), val_str(ATOM_return_), &ret);
  if (!val_is_callable(vm, ret)) {
    if (none) *none = true;
    return VS_OK;
  }
  PUSH(ret);
  PUSH(iter);
  return vm_invoke(vm, 0, cont, 0, VAL_UNDEF, 0);
}

/* for-in: the enumerable string keys of v and its prototypes, snapshot. */
Value op_for_in_start(Vm *vm, Value v) {
  uint32_t keys = arr_new(vm, 0);
  if (val_is_str(v)) {
    uint32_t n = str_len(vm->strs, val_str_id(v));
    for (uint32_t i = 0; i < n; i++) arr_push(vm, keys, key_from_index(vm, i));
  }
  for (uint32_t o = val_is_obj(v) ? val_obj_idx(v) : 0; o; o = heap_obj(H, o)->proto) {
    uint32_t own = obj_own_keys(vm, o, false, false);
    for (uint32_t i = 0; i < arr_len(vm, own); i++) {
      Value k = arr_get(vm, own, i), dummy;
      bool seen = false;
      for (uint32_t j = 0; j < arr_len(vm, keys) && !seen; j++) seen = arr_get(vm, keys, j) == k;
      if (seen) continue;
      obj_get_own(vm, o, k, &dummy);
      int32_t pi = heap_prop_find(H, o, k);
      bool enumerable = pi < 0 || (heap_prop_attrs(H, o, (uint32_t)pi) & PA_ENUM);
      if (enumerable) arr_push(vm, keys, k);
    }
  }
  uint32_t it = iter_new(vm, IT_FORIN, val_obj(keys));
  heap_data_push(H, it, v);
  return val_obj(it);
}

void op_for_in_next(Vm *vm) {
  uint32_t it = val_obj_idx(S(0));
  uint32_t keys = val_obj_idx(heap_get_data(H, it, 0));
  Value obj = heap_get_data(H, it, 2);
  uint32_t pos = (uint32_t)val_to_double(heap_get_data(H, it, 1));
  while (pos < arr_len(vm, keys)) {
    Value k = arr_get(vm, keys, pos++);
    if (val_is_obj(obj) && !obj_has(vm, val_obj_idx(obj), k)) continue; /* deleted meanwhile */
    heap_set_data(H, it, 1, val_num(pos));
    PUSH(k);
    PUSH(VAL_FALSE);
    return;
  }
  heap_set_data(H, it, 1, val_num(pos));
  PUSH(VAL_UNDEF);
  PUSH(VAL_TRUE);
}

/* The errors of a spread whose value has no usable @@iterator: an array
 * literal's is an iteration error; a call argument's reads "o.x is not
 * iterable (cannot read property undefined)" (sic) when nullish. */
static VmStatus bad_spread(Vm *vm, Value src, uint32_t site, uint32_t in_call) {
  if (!in_call) return not_iterable(vm, src, site, false);
  if (!val_is_nullish(src)) return vm_throw_type(vm, "Spread syntax requires ...iterable[Symbol.iterator] to be a function");
  const char *v = src == VAL_NULL ? "null" : "undefined";
  if (site) return vm_throw_type(vm, "%s is not iterable (cannot read property %s)", str_cstr_tmp(vm->strs, site), v);
  return vm_throw_type(vm, "%s is not iterable (cannot read property %s)", src == VAL_NULL ? "object null" : v, v);
}

VmStatus op_array_spread(Vm *vm, uint32_t ipc, uint32_t site, uint32_t in_call) {
  Value src = S(0);
  uint32_t dst = val_obj_idx(S(1));
  Value method = VAL_UNDEF;
  Lookup lk;
  if (val_is_nullish(src)) return bad_spread(vm, src, site, in_call);
  VmStatus st = val_lookup(vm, src, val_sym(vm->intr[INTR_SYM_ITERATOR]), &method, &lk);
  if (st != VS_OK) return st;
  uint32_t bi = 0;
  if (!builtin_iterator(vm, src, method, &bi) && val_is_obj(src) && val_is_obj(method) &&
      heap_obj(H, val_obj_idx(method))->kind == OK_NATIVE) {
    unsigned k = heap_obj(H, val_obj_idx(src))->kind;
    if (k == OK_SET) bi = iter_new(vm, IT_SET_VALUES, src);
    else if (k == OK_MAP) bi = iter_new(vm, IT_MAP_ENTRIES, src);
  }
  if (bi) {
    Value v;
    bool done;
    while (iter_builtin_step(vm, bi, &v, &done) && !done) arr_push(vm, dst, v);
    vm->sp--;
    return VS_OK;
  }
  if (lk != LK_GETTER && !val_is_callable(vm, method)) return bad_spread(vm, src, site, in_call);
  Value conv = realm_hook(vm, "iterToArray");
  vm_top(vm)->pc = ipc;
  uint32_t slot = SLOT(0);
  PUSH(conv);
  PUSH(VAL_UNDEF);
  PUSH(src);
  return vm_invoke(vm, 1, CONT_RETRY, slot, VAL_UNDEF, 0);
}

void op_template(Vm *vm, uint32_t n) {
  uint32_t raw = arr_from(vm, &vm->stack[vm->sp - n], n);
  uint32_t cooked = arr_from(vm, &vm->stack[vm->sp - 2 * n], n);
  obj_freeze(vm, raw);
  obj_define(vm, cooked, val_cstr(vm, "raw"), val_obj(raw), 0);
  obj_freeze(vm, cooked);
  vm->sp -= 2 * n;
  PUSH(val_obj(cooked));
}
