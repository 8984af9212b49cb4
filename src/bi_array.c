/* bi_array.c - Array and the array methods that never call back into
 * JavaScript.  Methods taking callbacks (map, forEach, sort with a
 * comparator...) are in the prelude.  The receivers handled here are
 * arrays and arguments objects; any other receiver (an array-like such as
 * {0: 'a', length: 1}, a string) goes to the prelude's generic version of
 * the method, hook "array.NAME", which follows the spec's property
 * accesses. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bi.h"
#include "vm_ops.h"

/* Methods that write: on a frozen, sealed or non-extensible array they take
 * the generic path, whose strict property writes throw V8's errors. */
static bool mutates(const char *method) {
  static const char *const m[] = {"push", "pop", "shift", "unshift", "splice", "reverse", "fill"};
  for (size_t i = 0; i < sizeof m / sizeof m[0]; i++)
    if (strcmp(m[i], method) == 0) return true;
  return false;
}

static VmStatus need_array(Vm *vm, Value this_v, const char *method, Value *args, uint32_t argc, uint32_t *a) {
  *a = 0;
  if (is_array_like_kind(vm, this_v)) {
    Obj *o = heap_obj(HEAP, val_obj_idx(this_v));
    if (!((o->flags & OF_NOEXT) || o->aux != EL_NORMAL) || !mutates(method)) {
      *a = val_obj_idx(this_v);
      return VS_OK;
    }
  } else if (val_is_nullish(this_v)) {
    return vm_throw_type(vm, "Array.prototype.%s called on null or undefined", method);
  }
  char name[48];
  snprintf(name, sizeof name, "array.%s", method);
  Value generic = realm_hook(vm, name);
  if (!val_is_callable(vm, generic))
    return vm_throw_type(vm, "unsupported: Array.prototype.%s on a receiver that is not an array", method);
  return vm_tail_call(vm, generic, this_v, args, argc);
}

static double rel_index(Vm *vm, Value v, double len, double dflt) {
  if (v == VAL_UNDEF) return dflt;
  double d = num_to_integer_or_infinity(bi_num(vm, v));
  if (d < 0) d = len + d < 0 ? 0 : len + d;
  return d > len ? len : d;
}

NATIVE(nat_array) {
  NATIVE_UNUSED();
  Value proto_v = VAL_UNDEF;
  uint32_t proto = vm->intr[INTR_ARRAY_PROTO];
  if (vm->new_target != VAL_UNDEF) {
    obj_lookup(vm, val_obj_idx(vm->new_target), val_str(ATOM_prototype), &proto_v);
    if (val_is_obj(proto_v)) proto = val_obj_idx(proto_v);
  }
  uint32_t a;
  if (argc == 1 && val_is_num(args[0])) {
    double d = val_to_double(args[0]);
    if (d < 0 || d != floor(d) || d > 4294967295.0) return vm_throw_range(vm, "Invalid array length");
    a = arr_new(vm, 0);
    arr_set_len(vm, a, (uint32_t)d);
  } else {
    a = arr_from(vm, args, argc);
  }
  heap_touch(HEAP, a);
  heap_obj(HEAP, a)->proto = proto;
  *out = val_obj(a);
  return VS_OK;
}

/* Whether string key k is an array index (its value in *idx). */
static bool index_key(Vm *vm, Value k, uint32_t *idx) {
  if (!val_is_str(k)) return false;
  uint32_t s = val_str_id(k);
  return num_is_array_index(str_cstr_tmp(vm->strs, s), str_len(vm->strs, s), idx);
}

/* $arrayFromArrayLike(o): Array.from(o) for a plain, non-iterable
 * array-like whose length and elements are own data properties, in one
 * native step (node builds it natively too; the prelude's loop cost
 * 20 instructions an element); undefined when the prelude must do it. */
NATIVE(nat_array_from_array_like) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  if (!bi_is_kind(vm, ARG(0), OK_PLAIN)) return VS_OK;
  uint32_t o = val_obj_idx(ARG(0)), idx;
  for (uint32_t p = o; p; p = heap_obj(HEAP, p)->proto)
    for (uint32_t i = 0; i < heap_obj(HEAP, p)->nprops; i++) {
      Value k = heap_prop_key(HEAP, p, i);
      bool is_index = index_key(vm, k, &idx);
      if (p != o && is_index) return VS_OK; /* inherited elements */
      if ((heap_prop_attrs(HEAP, p, i) & PA_ACCESSOR) && (is_index || k == val_str(ATOM_length))) return VS_OK;
    }
  Value lenv = VAL_UNDEF;
  Lookup lk = obj_lookup(vm, o, val_str(ATOM_length), &lenv);
  if (lk == LK_GETTER || !(val_is_num(lenv) || lenv == VAL_UNDEF)) return VS_OK;
  double d = lenv == VAL_UNDEF ? 0 : val_to_double(lenv);
  d = isnan(d) || d <= 0 ? 0 : floor(d);
  if (d > (double)(1u << 24)) return VS_OK;
  uint32_t n = (uint32_t)d, a = arr_new(vm, n);
  for (uint32_t i = 0; i < heap_obj(HEAP, o)->nprops; i++)
    if (index_key(vm, heap_prop_key(HEAP, o, i), &idx) && idx < n) arr_set(vm, a, idx, heap_prop_value(HEAP, o, i));
  *out = val_obj(a);
  return VS_OK;
}

NATIVE(nat_is_array) {
  NATIVE_UNUSED();
  *out = val_bool(bi_is_kind(vm, ARG(0), OK_ARRAY));
  return VS_OK;
}

NATIVE(nat_of) {
  NATIVE_UNUSED();
  *out = val_obj(arr_from(vm, args, argc));
  return VS_OK;
}

NATIVE(nat_push) {
  NATIVE_UNUSED();
  uint32_t a;
  VmStatus st = need_array(vm, this_v, "push", args, argc, &a);
  if (st != VS_OK) return st;
  for (uint32_t i = 0; i < argc; i++) arr_push(vm, a, args[i]);
  *out = val_num(arr_len(vm, a));
  return VS_OK;
}

NATIVE(nat_pop) {
  NATIVE_UNUSED();
  uint32_t a;
  VmStatus st = need_array(vm, this_v, "pop", args, argc, &a);
  if (st != VS_OK) return st;
  uint32_t n = arr_len(vm, a);
  *out = n ? arr_get(vm, a, n - 1) : VAL_UNDEF;
  if (n) arr_set_len(vm, a, n - 1);
  return VS_OK;
}

NATIVE(nat_shift) {
  NATIVE_UNUSED();
  uint32_t a;
  VmStatus st = need_array(vm, this_v, "shift", args, argc, &a);
  if (st != VS_OK) return st;
  uint32_t n = arr_len(vm, a);
  *out = n ? arr_get(vm, a, 0) : VAL_UNDEF;
  if (n) heap_data_remove(HEAP, a, 0, 1);
  return VS_OK;
}

NATIVE(nat_unshift) {
  NATIVE_UNUSED();
  uint32_t a;
  VmStatus st = need_array(vm, this_v, "unshift", args, argc, &a);
  if (st != VS_OK) return st;
  heap_data_insert(HEAP, a, 0, argc, VAL_UNDEF);
  for (uint32_t i = 0; i < argc; i++) heap_set_data(HEAP, a, i, args[i]);
  *out = val_num(arr_len(vm, a));
  return VS_OK;
}

NATIVE(nat_slice) {
  NATIVE_UNUSED();
  uint32_t a;
  VmStatus st = need_array(vm, this_v, "slice", args, argc, &a);
  if (st != VS_OK) return st;
  double len = arr_len(vm, a), from = rel_index(vm, ARG(0), len, 0), to = rel_index(vm, ARG(1), len, len);
  uint32_t r = arr_new(vm, 0);
  for (double i = from; i < to; i++) arr_push(vm, r, heap_get_data(HEAP, a, (uint32_t)i));
  *out = val_obj(r);
  return VS_OK;
}

NATIVE(nat_splice) {
  NATIVE_UNUSED();
  uint32_t a;
  VmStatus st = need_array(vm, this_v, "splice", args, argc, &a);
  if (st != VS_OK) return st;
  double len = arr_len(vm, a), start = rel_index(vm, ARG(0), len, 0);
  double del = argc == 0 ? 0 : argc == 1 ? len - start : num_to_integer_or_infinity(bi_num(vm, args[1]));
  if (del < 0) del = 0;
  if (del > len - start) del = len - start;
  uint32_t s = (uint32_t)start, d = (uint32_t)del, ins = argc > 2 ? argc - 2 : 0;
  uint32_t removed = arr_new(vm, 0);
  for (uint32_t i = 0; i < d; i++) arr_push(vm, removed, heap_get_data(HEAP, a, s + i));
  heap_data_remove(HEAP, a, s, d);
  heap_data_insert(HEAP, a, s, ins, VAL_UNDEF);
  for (uint32_t i = 0; i < ins; i++) heap_set_data(HEAP, a, s + i, args[2 + i]);
  *out = val_obj(removed);
  return VS_OK;
}

NATIVE(nat_concat) {
  NATIVE_UNUSED();
  uint32_t r = arr_new(vm, 0);
  for (uint32_t k = 0; k <= argc; k++) {
    Value v = k == 0 ? this_v : args[k - 1];
    if (k == 0 && !val_is_obj(v)) { /* ToObject(this): a primitive receiver is boxed */
      if (val_is_nullish(v)) return vm_throw_type(vm, "Array.prototype.concat called on null or undefined");
      uint32_t proto = val_is_str(v) ? vm->intr[INTR_STRING_PROTO] : val_is_num(v) ? vm->intr[INTR_NUMBER_PROTO]
                     : val_is_bool(v) ? vm->intr[INTR_BOOLEAN_PROTO] : vm->intr[INTR_SYMBOL_PROTO];
      uint32_t box = heap_alloc(HEAP, OK_BOXED, proto, 0, 1);
      heap_set_data(HEAP, box, 0, v);
      v = val_obj(box);
    }
    if (bi_is_kind(vm, v, OK_ARRAY)) {
      uint32_t a = val_obj_idx(v);
      for (uint32_t i = 0; i < arr_len(vm, a); i++) arr_push(vm, r, heap_get_data(HEAP, a, i));
    } else {
      arr_push(vm, r, v);
    }
  }
  *out = val_obj(r);
  return VS_OK;
}

NATIVE(nat_join) {
  NATIVE_UNUSED();
  uint32_t a;
  VmStatus st = need_array(vm, this_v, "join", args, argc, &a);
  if (st != VS_OK) return st;
  uint32_t n = arr_len(vm, a);
  for (uint32_t i = 0; i < n; i++)
    if (val_is_obj(heap_get_data(HEAP, a, i)) || val_is_sym(heap_get_data(HEAP, a, i)))
      return vm_tail_call(vm, realm_hook(vm, "joinSlow"), this_v, args, argc);
  uint32_t sep = ARG(0) == VAL_UNDEF ? str_cstr(vm->strs, ",") : bi_prim_string(vm, ARG(0));
  uint64_t total = n ? (uint64_t)(n - 1) * str_len(vm->strs, sep) : 0;
  for (uint32_t i = 0; i < n && total <= STR_MAX_LEN; i++) {
    Value v = heap_get_data(HEAP, a, i);
    if (v != VAL_HOLE && !val_is_nullish(v)) total += str_len(vm->strs, bi_prim_string(vm, v));
  }
  if (total > STR_MAX_LEN) return vm_throw_range(vm, "Invalid string length");
  /* UTF-16 units all the way: a lone surrogate (half of a sliced pair)
   * must survive, which a UTF-8 detour would turn into U+FFFD */
  uint16_t *u = xmalloc(sizeof(uint16_t) * (total ? total : 1));
  uint32_t k = 0, nsep = str_len(vm->strs, sep);
  for (uint32_t i = 0; i < n; i++) {
    if (i) str_units(vm->strs, sep, u + k), k += nsep;
    Value v = heap_get_data(HEAP, a, i);
    if (v == VAL_HOLE || val_is_nullish(v)) continue;
    uint32_t s = bi_prim_string(vm, v);
    str_units(vm->strs, s, u + k);
    k += str_len(vm->strs, s);
  }
  *out = val_str(str_intern16(vm->strs, u, k));
  free(u);
  return VS_OK;
}

NATIVE(nat_to_string) {
  NATIVE_UNUSED();
  if (!is_array_like_kind(vm, this_v)) return vm_tail_call(vm, realm_hook(vm, "objectToString"), this_v, NULL, 0);
  return nat_join(vm, callee, this_v, NULL, 0, out);
}

static VmStatus index_of(Vm *vm, Value this_v, Value *args, uint32_t argc, int mode, Value *out) {
  uint32_t a;
  VmStatus st = need_array(vm, this_v, mode == 2 ? "includes" : mode == 1 ? "lastIndexOf" : "indexOf", args, argc, &a);
  if (st != VS_OK) return st;
  double len = arr_len(vm, a);
  if (mode == 1) { /* lastIndexOf */
    double from = argc > 1 ? num_to_integer_or_infinity(bi_num(vm, args[1])) : len - 1;
    if (from < 0) from += len;
    for (double i = from < len - 1 ? from : len - 1; i >= 0; i--)
      if (val_strict_eq(vm, heap_get_data(HEAP, a, (uint32_t)i), ARG(0))) {
        *out = val_num(i);
        return VS_OK;
      }
    *out = val_num(-1);
    return VS_OK;
  }
  for (double i = rel_index(vm, ARG(1), len, 0); i < len; i++) {
    Value v = heap_get_data(HEAP, a, (uint32_t)i);
    bool eq = mode == 2 ? val_same_value_zero(vm, v == VAL_HOLE ? VAL_UNDEF : v, ARG(0))
                        : v != VAL_HOLE && val_strict_eq(vm, v, ARG(0));
    if (eq) {
      *out = mode == 2 ? VAL_TRUE : val_num(i);
      return VS_OK;
    }
  }
  *out = mode == 2 ? VAL_FALSE : val_num(-1);
  return VS_OK;
}

NATIVE(nat_index_of) {
  NATIVE_UNUSED();
  return index_of(vm, this_v, args, argc, 0, out);
}

NATIVE(nat_last_index_of) {
  NATIVE_UNUSED();
  return index_of(vm, this_v, args, argc, 1, out);
}

NATIVE(nat_includes) {
  NATIVE_UNUSED();
  return index_of(vm, this_v, args, argc, 2, out);
}

NATIVE(nat_reverse) {
  NATIVE_UNUSED();
  uint32_t a;
  VmStatus st = need_array(vm, this_v, "reverse", args, argc, &a);
  if (st != VS_OK) return st;
  Value *d = heap_data(HEAP, a);
  for (uint32_t i = 0, n = arr_len(vm, a); i < n / 2; i++) {
    Value t = d[i];
    d[i] = d[n - 1 - i];
    d[n - 1 - i] = t;
  }
  *out = this_v;
  return VS_OK;
}

NATIVE(nat_fill) {
  NATIVE_UNUSED();
  uint32_t a;
  VmStatus st = need_array(vm, this_v, "fill", args, argc, &a);
  if (st != VS_OK) return st;
  double len = arr_len(vm, a), from = rel_index(vm, ARG(1), len, 0), to = rel_index(vm, ARG(2), len, len);
  for (double i = from; i < to; i++) heap_set_data(HEAP, a, (uint32_t)i, ARG(0));
  *out = this_v;
  return VS_OK;
}

NATIVE(nat_at) {
  NATIVE_UNUSED();
  uint32_t a;
  VmStatus st = need_array(vm, this_v, "at", args, argc, &a);
  if (st != VS_OK) return st;
  double len = arr_len(vm, a), i = num_to_integer_or_infinity(bi_num(vm, ARG(0)));
  if (i < 0) i += len;
  *out = i < 0 || i >= len ? VAL_UNDEF : arr_get(vm, a, (uint32_t)i);
  return VS_OK;
}

static VmStatus make_iter(Vm *vm, Value this_v, unsigned kind, Value *out) {
  if (!val_is_obj(this_v)) return vm_throw_type(vm, "Array.prototype.values called on a non-object");
  *out = val_obj(iter_new(vm, kind, this_v));
  return VS_OK;
}

NATIVE(nat_values) {
  NATIVE_UNUSED();
  return make_iter(vm, this_v, IT_ARRAY_VALUES, out);
}

NATIVE(nat_keys) {
  NATIVE_UNUSED();
  return make_iter(vm, this_v, IT_ARRAY_KEYS, out);
}

NATIVE(nat_entries) {
  NATIVE_UNUSED();
  return make_iter(vm, this_v, IT_ARRAY_ENTRIES, out);
}

/* %ArrayIteratorPrototype%.next and the other built-in iterators' next. */
NATIVE(nat_iter_next) {
  NATIVE_UNUSED();
  Value v;
  bool done;
  if (!val_is_obj(this_v) || !iter_builtin_step(vm, val_obj_idx(this_v), &v, &done))
    return vm_throw_type(vm, "next method called on incompatible receiver");
  *out = vm_iter_result(vm, v, done);
  return VS_OK;
}

static const NativeDef array_defs[] = {
    {"Array", 1, NF_CTOR, nat_array},
    {"$arrayFromArrayLike", 1, NF_INTRINSIC, nat_array_from_array_like},
    {"isArray", 1, 0, nat_is_array},
    {"of", 0, 0, nat_of},
    {"push", 1, 0, nat_push},
    {"pop", 0, 0, nat_pop},
    {"shift", 0, 0, nat_shift},
    {"unshift", 1, 0, nat_unshift},
    {"slice", 2, NF_NUM(0) | NF_NUM(1), nat_slice},
    {"splice", 2, NF_NUM(0) | NF_NUM(1), nat_splice},
    {"concat", 1, 0, nat_concat},
    {"join", 1, NF_STR(0), nat_join},
    {"toString", 0, 0, nat_to_string},
    {"indexOf", 1, NF_NUM(1), nat_index_of},
    {"lastIndexOf", 1, NF_NUM(1), nat_last_index_of},
    {"includes", 1, NF_NUM(1), nat_includes},
    {"reverse", 0, 0, nat_reverse},
    {"fill", 1, NF_NUM(1) | NF_NUM(2), nat_fill},
    {"at", 1, NF_NUM(0), nat_at},
    {"values", 0, 0, nat_values},
    {"keys", 0, 0, nat_keys},
    {"entries", 0, 0, nat_entries},
    {"next", 0, 0, nat_iter_next},
};

static void array_init(Vm *vm) {
  uint32_t c = realm_make_ctor(vm, "array", "Array", INTR_ARRAY_PROTO, INTR_ARRAY);
  bi_install(vm, c, "array", "isArray", "isArray");
  bi_install(vm, c, "array", "of", "of");
  uint32_t p = vm->intr[INTR_ARRAY_PROTO];
  static const char *const methods[] = {"push", "pop", "shift", "unshift", "slice", "splice", "concat",
                                        "join", "toString", "indexOf", "lastIndexOf", "includes",
                                        "reverse", "fill", "at", "keys", "entries"};
  for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) bi_install(vm, p, "array", methods[i], methods[i]);
  uint32_t values = realm_new_native(vm, "array", "values", 0);
  vm->intr[INTR_ARRAY_VALUES] = values;
  bi_method(vm, p, "values", val_obj(values));
  obj_define(vm, p, val_sym(vm->intr[INTR_SYM_ITERATOR]), val_obj(values), PA_WRITABLE | PA_CONFIG);
  static const int iters[] = {INTR_ARRAY_ITER_PROTO, INTR_STRING_ITER_PROTO, INTR_MAP_ITER_PROTO, INTR_SET_ITER_PROTO};
  for (size_t i = 0; i < sizeof iters / sizeof iters[0]; i++) bi_install(vm, vm->intr[iters[i]], "array", "next", "next");
}

const NativeModule bi_array_module = {"array", array_defs, sizeof array_defs / sizeof array_defs[0], array_init};
