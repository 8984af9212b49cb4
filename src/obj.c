/* obj.c - object model over the heap; see obj.h. */
#include "obj.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "numconv.h"
#include "realm.h"

#define H (&vm->heap)

/* --- objects ---------------------------------------------------------------- */

uint32_t obj_new(Vm *vm) { return heap_alloc(H, OK_PLAIN, vm->intr[INTR_OBJECT_PROTO], 4, 0); }

uint32_t obj_new_proto(Vm *vm, uint32_t proto) { return heap_alloc(H, OK_PLAIN, proto, 4, 0); }

uint32_t obj_new_kind(Vm *vm, ObjKind kind, uint32_t proto, uint32_t ndata) {
  return heap_alloc(H, kind, proto, 0, ndata);
}

static void mark_dirty(Vm *vm, uint32_t obj) { heap_touch(H, obj); }

bool obj_is_kind(Vm *vm, Value v, ObjKind k) {
  return val_is_obj(v) && H->objs[val_obj_idx(v)].kind == k;
}

uint32_t obj_proto(Vm *vm, uint32_t obj) { return H->objs[obj].proto; }

bool key_array_index(Vm *vm, Value key, uint32_t *idx) {
  return val_is_str(key) && str_array_index(vm->strs, val_str_id(key), idx);
}

Value key_from_index(Vm *vm, uint32_t i) {
  char buf[16];
  int n = num_format_int(i, buf);
  return val_str(str_from_utf8(vm->strs, buf, (size_t)n));
}

Value val_cstr(Vm *vm, const char *s) { return val_str(str_cstr(vm->strs, s)); }

/* --- functions' virtual properties ------------------------------------------------ */

uint32_t fn_name(Vm *vm, uint32_t fn) {
  Value v;
  int32_t i = heap_prop_find(H, fn, val_str(ATOM_name));
  if (i >= 0) {
    v = heap_prop_value(H, fn, (uint32_t)i);
    return val_is_str(v) ? val_str_id(v) : ATOM_empty;
  }
  Obj *o = &H->objs[fn];
  if (o->kind == OK_FUNC) {
    uint32_t pid = (uint32_t)val_to_double(heap_get_data(H, fn, FD_PROTO));
    return vm->prog->protos[pid]->name;
  }
  if (o->kind == OK_NATIVE) return str_cstr(vm->strs, realm_native_def(o->aux)->name);
  if (o->kind == OK_BOUND) {
    Value target = heap_get_data(H, fn, 0);
    uint32_t tn = val_is_obj(target) ? fn_name(vm, val_obj_idx(target)) : ATOM_empty;
    return str_concat(vm->strs, str_cstr(vm->strs, "bound "), tn);
  }
  return ATOM_empty;
}

static double fn_length(Vm *vm, uint32_t fn) {
  Obj *o = &H->objs[fn];
  if (o->kind == OK_FUNC) {
    uint32_t pid = (uint32_t)val_to_double(heap_get_data(H, fn, FD_PROTO));
    return vm->prog->protos[pid]->length;
  }
  if (o->kind == OK_NATIVE) return realm_native_def(o->aux)->length;
  if (o->kind == OK_BOUND) {
    Value target = heap_get_data(H, fn, 0);
    double tl = val_is_obj(target) ? fn_length(vm, val_obj_idx(target)) : 0;
    double n = tl - (H->objs[fn].ndata - 2);
    return n > 0 ? n : 0;
  }
  return 0;
}

static bool is_fn_kind(unsigned k) { return k == OK_FUNC || k == OK_NATIVE || k == OK_BOUND; }

/* --- lookup ----------------------------------------------------------------------- */

static Lookup own_exotic(Vm *vm, uint32_t obj, Value key, Value *out) {
  Obj *o = &H->objs[obj];
  uint32_t idx;
  if (o->kind == OK_ARRAY || o->kind == OK_ARGUMENTS) {
    if (key == val_str(ATOM_length)) {
      *out = val_num(o->ndata);
      return LK_VALUE;
    }
    if (key_array_index(vm, key, &idx) && idx < o->ndata) {
      Value v = heap_get_data(H, obj, idx);
      if (v != VAL_HOLE) {
        *out = v;
        return LK_VALUE;
      }
    }
  } else if (o->kind == OK_BOXED) {
    Value prim = heap_get_data(H, obj, 0);
    if (val_is_str(prim)) {
      uint32_t s = val_str_id(prim);
      if (key == val_str(ATOM_length)) {
        *out = val_num(str_len(vm->strs, s));
        return LK_VALUE;
      }
      if (key_array_index(vm, key, &idx) && idx < str_len(vm->strs, s)) {
        *out = val_str(str_substr(vm->strs, s, idx, idx + 1));
        return LK_VALUE;
      }
    }
  }
  return LK_ABSENT;
}

Lookup obj_get_own(Vm *vm, uint32_t obj, Value key, Value *out) {
  Lookup lk = own_exotic(vm, obj, key, out);
  if (lk != LK_ABSENT) return lk;
  int32_t i = heap_prop_find(H, obj, key);
  if (i >= 0) {
    Value v = heap_prop_value(H, obj, (uint32_t)i);
    if (heap_prop_attrs(H, obj, (uint32_t)i) & PA_ACCESSOR) {
      *out = heap_get_data(H, val_obj_idx(v), 0);
      return LK_GETTER;
    }
    *out = v;
    return LK_VALUE;
  }
  if (is_fn_kind(H->objs[obj].kind)) {
    if (key == val_str(ATOM_name)) {
      *out = val_str(fn_name(vm, obj));
      return LK_VALUE;
    }
    if (key == val_str(ATOM_length)) {
      *out = val_num(fn_length(vm, obj));
      return LK_VALUE;
    }
  }
  *out = VAL_UNDEF;
  return LK_ABSENT;
}

Lookup obj_lookup(Vm *vm, uint32_t obj, Value key, Value *out) {
  for (uint32_t o = obj, depth = 0; o && depth < 10000; o = H->objs[o].proto, depth++) {
    Lookup lk = obj_get_own(vm, o, key, out);
    if (lk != LK_ABSENT) return lk;
  }
  *out = VAL_UNDEF;
  return LK_ABSENT;
}

static uint32_t prim_proto(Vm *vm, Value v) {
  if (val_is_str(v)) return vm->intr[INTR_STRING_PROTO];
  if (val_is_num(v)) return vm->intr[INTR_NUMBER_PROTO];
  if (val_is_bool(v)) return vm->intr[INTR_BOOLEAN_PROTO];
  if (val_is_sym(v)) return vm->intr[INTR_SYMBOL_PROTO];
  return 0;
}

static VmStatus nullish_error(Vm *vm, Value base, Value key, const char *verb) {
  const char *what = base == VAL_NULL ? "null" : "undefined";
  if (val_is_str(key))
    return vm_throw_type(vm, "Cannot %s properties of %s (%s '%s')", verb, what,
                         verb[0] == 'r' ? "reading" : "setting", str_cstr_tmp(vm->strs, val_str_id(key)));
  return vm_throw_type(vm, "Cannot %s properties of %s (%s 'Symbol()')", verb, what,
                       verb[0] == 'r' ? "reading" : "setting");
}

VmStatus val_lookup(Vm *vm, Value base, Value key, Value *out, Lookup *lk) {
  if (val_is_obj(base)) {
    *lk = obj_lookup(vm, val_obj_idx(base), key, out);
    return VS_OK;
  }
  if (val_is_nullish(base)) return nullish_error(vm, base, key, "read");
  if (val_is_str(base)) {
    uint32_t s = val_str_id(base), idx;
    if (key == val_str(ATOM_length)) {
      *out = val_num(str_len(vm->strs, s));
      *lk = LK_VALUE;
      return VS_OK;
    }
    if (key_array_index(vm, key, &idx)) {
      *lk = idx < str_len(vm->strs, s) ? LK_VALUE : LK_ABSENT;
      *out = *lk ? val_str(str_substr(vm->strs, s, idx, idx + 1)) : VAL_UNDEF;
      return VS_OK;
    }
  }
  *lk = obj_lookup(vm, prim_proto(vm, base), key, out);
  return VS_OK;
}

/* --- definition and assignment ----------------------------------------------------- */

void obj_define(Vm *vm, uint32_t obj, Value key, Value v, unsigned attrs) {
  uint32_t idx;
  Obj *o = &H->objs[obj];
  mark_dirty(vm, obj);
  if ((o->kind == OK_ARRAY || o->kind == OK_ARGUMENTS) && key_array_index(vm, key, &idx) &&
      attrs == PA_DEFAULT) {
    arr_set(vm, obj, idx, v);
    return;
  }
  int32_t i = heap_prop_find(H, obj, key);
  if (i >= 0) {
    heap_prop_set_value(H, obj, (uint32_t)i, v);
    heap_prop_set_attrs(H, obj, (uint32_t)i, attrs);
    return;
  }
  heap_prop_add(H, obj, key, v, attrs);
}

void obj_define_cstr(Vm *vm, uint32_t obj, const char *key, Value v, unsigned attrs) {
  obj_define(vm, obj, val_cstr(vm, key), v, attrs);
}

void obj_define_accessor(Vm *vm, uint32_t obj, Value key, Value getter, Value setter,
                         unsigned attrs) {
  int32_t i = heap_prop_find(H, obj, key);
  if (i >= 0 && (heap_prop_attrs(H, obj, (uint32_t)i) & PA_ACCESSOR)) {
    uint32_t acc = val_obj_idx(heap_prop_value(H, obj, (uint32_t)i));
    if (getter != VAL_UNDEF) heap_set_data(H, acc, 0, getter);
    if (setter != VAL_UNDEF) heap_set_data(H, acc, 1, setter);
    mark_dirty(vm, obj);
    return;
  }
  uint32_t acc = heap_alloc(H, OK_ACCESSOR, 0, 0, 2);
  heap_set_data(H, acc, 0, getter);
  heap_set_data(H, acc, 1, setter);
  obj_define(vm, obj, key, val_obj(acc), (attrs & ~(unsigned)PA_WRITABLE) | PA_ACCESSOR);
}

/* Finds where an assignment would land; returns true and the setter when an
 * accessor intercepts it, or *blocked when a read-only property does. */
static bool find_setter(Vm *vm, uint32_t obj, Value key, Value *setter, bool *blocked) {
  *blocked = false;
  for (uint32_t o = obj; o; o = H->objs[o].proto) {
    int32_t i = heap_prop_find(H, o, key);
    if (i < 0) continue;
    unsigned a = heap_prop_attrs(H, o, (uint32_t)i);
    if (a & PA_ACCESSOR) {
      *setter = heap_get_data(H, val_obj_idx(heap_prop_value(H, o, (uint32_t)i)), 1);
      if (*setter == VAL_UNDEF) *blocked = true;
      return !*blocked;
    }
    if (!(a & PA_WRITABLE)) *blocked = true;
    return false;
  }
  return false;
}

static VmStatus set_on_object(Vm *vm, uint32_t obj, Value key, Value v, Value *setter) {
  Obj *o = &H->objs[obj];
  uint32_t idx;
  if (o->kind == OK_ARRAY || o->kind == OK_ARGUMENTS) {
    if (key == val_str(ATOM_length)) {
      if (o->flags & OF_NOEXT && o->aux) return VS_OK;
      double d = val_to_number_nothrow(vm, v);
      if (d != floor(d) || d < 0 || d > 4294967295.0) return vm_throw_range(vm, "Invalid array length");
      arr_set_len(vm, obj, (uint32_t)d);
      return VS_OK;
    }
    if (key_array_index(vm, key, &idx)) {
      if (H->objs[obj].aux /* frozen */) return VS_OK;
      if (idx >= H->objs[obj].ndata && (H->objs[obj].flags & OF_NOEXT)) return VS_OK;
      arr_set(vm, obj, idx, v);
      return VS_OK;
    }
  }
  int32_t i = heap_prop_find(H, obj, key);
  if (i >= 0) {
    unsigned a = heap_prop_attrs(H, obj, (uint32_t)i);
    if (a & PA_ACCESSOR) {
      *setter = heap_get_data(H, val_obj_idx(heap_prop_value(H, obj, (uint32_t)i)), 1);
      return *setter == VAL_UNDEF ? VS_OK : VS_CALL;
    }
    if (a & PA_WRITABLE) {
      mark_dirty(vm, obj);
      heap_prop_set_value(H, obj, (uint32_t)i, v);
    }
    return VS_OK;
  }
  bool blocked;
  if (find_setter(vm, H->objs[obj].proto, key, setter, &blocked)) return VS_CALL;
  if (blocked || (H->objs[obj].flags & OF_NOEXT)) return VS_OK;
  mark_dirty(vm, obj);
  heap_prop_add(H, obj, key, v, PA_DEFAULT);
  return VS_OK;
}

VmStatus val_set(Vm *vm, Value base, Value key, Value v, Value *setter) {
  *setter = VAL_UNDEF;
  if (val_is_obj(base)) return set_on_object(vm, val_obj_idx(base), key, v, setter);
  if (val_is_nullish(base)) return nullish_error(vm, base, key, "set");
  bool blocked;
  if (find_setter(vm, prim_proto(vm, base), key, setter, &blocked)) return VS_CALL;
  return VS_OK; /* assignments to primitives are silently dropped (sloppy) */
}

bool obj_delete(Vm *vm, uint32_t obj, Value key) {
  Obj *o = &H->objs[obj];
  uint32_t idx;
  if ((o->kind == OK_ARRAY || o->kind == OK_ARGUMENTS) && key_array_index(vm, key, &idx)) {
    if (o->aux) return false;
    if (idx < o->ndata) heap_set_data(H, obj, idx, VAL_HOLE);
    return true;
  }
  int32_t i = heap_prop_find(H, obj, key);
  if (i < 0) return true;
  if (!(heap_prop_attrs(H, obj, (uint32_t)i) & PA_CONFIG)) return false;
  mark_dirty(vm, obj);
  heap_prop_remove(H, obj, (uint32_t)i);
  return true;
}

bool obj_has_own(Vm *vm, uint32_t obj, Value key) {
  Value v;
  return obj_get_own(vm, obj, key, &v) != LK_ABSENT;
}

bool obj_has(Vm *vm, uint32_t obj, Value key) {
  Value v;
  return obj_lookup(vm, obj, key, &v) != LK_ABSENT;
}

/* --- keys ---------------------------------------------------------------------------- */

static int cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

uint32_t obj_own_keys(Vm *vm, uint32_t obj, bool enum_only, bool symbols) {
  uint32_t out = arr_new(vm, 0);
  Obj *o = &H->objs[obj];
  if (o->kind == OK_ARRAY || o->kind == OK_ARGUMENTS) {
    for (uint32_t i = 0; i < H->objs[obj].ndata; i++)
      if (heap_get_data(H, obj, i) != VAL_HOLE) arr_push(vm, out, key_from_index(vm, i));
  } else if (o->kind == OK_BOXED && val_is_str(heap_get_data(H, obj, 0))) {
    uint32_t n = str_len(vm->strs, val_str_id(heap_get_data(H, obj, 0)));
    for (uint32_t i = 0; i < n; i++) arr_push(vm, out, key_from_index(vm, i));
  }
  uint32_t np = H->objs[obj].nprops, nidx = 0;
  uint32_t *idx = malloc(sizeof(uint32_t) * (np ? np : 1));
  for (uint32_t i = 0; i < np; i++) {
    Value k = heap_prop_key(H, obj, i);
    uint32_t n;
    if (enum_only && !(heap_prop_attrs(H, obj, i) & PA_ENUM)) continue;
    if (key_array_index(vm, k, &n)) idx[nidx++] = n;
  }
  qsort(idx, nidx, sizeof(uint32_t), cmp_u32);
  for (uint32_t i = 0; i < nidx; i++) arr_push(vm, out, key_from_index(vm, idx[i]));
  free(idx);
  for (int pass = 0; pass < (symbols ? 2 : 1); pass++) {
    for (uint32_t i = 0; i < H->objs[obj].nprops; i++) {
      Value k = heap_prop_key(H, obj, i);
      if (enum_only && !(heap_prop_attrs(H, obj, i) & PA_ENUM)) continue;
      if (pass == 0 && (!val_is_str(k) || key_array_index(vm, k, NULL))) continue;
      if (pass == 1 && !val_is_sym(k)) continue;
      arr_push(vm, out, k);
    }
  }
  return out;
}

void obj_freeze(Vm *vm, uint32_t obj) {
  mark_dirty(vm, obj);
  Obj *o = &H->objs[obj];
  o->flags |= OF_NOEXT;
  if (o->kind == OK_ARRAY || o->kind == OK_ARGUMENTS) o->aux = 1; /* frozen elements */
  for (uint32_t i = 0; i < H->objs[obj].nprops; i++) {
    unsigned a = heap_prop_attrs(H, obj, i) & ~(unsigned)PA_CONFIG;
    if (!(a & PA_ACCESSOR)) a &= ~(unsigned)PA_WRITABLE;
    heap_prop_set_attrs(H, obj, i, a);
  }
}

bool obj_is_frozen(Vm *vm, uint32_t obj) {
  Obj *o = &H->objs[obj];
  if (!(o->flags & OF_NOEXT)) return false;
  if ((o->kind == OK_ARRAY || o->kind == OK_ARGUMENTS) && o->ndata && !o->aux) return false;
  for (uint32_t i = 0; i < o->nprops; i++) {
    unsigned a = heap_prop_attrs(H, obj, i);
    if (a & PA_CONFIG) return false;
    if (!(a & PA_ACCESSOR) && (a & PA_WRITABLE)) return false;
  }
  return true;
}

/* --- arrays -------------------------------------------------------------------------- */

uint32_t arr_new(Vm *vm, uint32_t len) {
  uint32_t a = heap_alloc(H, OK_ARRAY, vm->intr[INTR_ARRAY_PROTO], 0, 0);
  if (len) {
    heap_data_reserve(H, a, len);
    heap_data_resize(H, a, len, VAL_UNDEF);
  }
  return a;
}

uint32_t arr_from(Vm *vm, const Value *v, uint32_t n) {
  uint32_t a = arr_new(vm, n);
  for (uint32_t i = 0; i < n; i++) heap_set_data(H, a, i, v[i]);
  return a;
}

void arr_push(Vm *vm, uint32_t arr, Value v) {
  mark_dirty(vm, arr);
  heap_data_push(H, arr, v);
}

uint32_t arr_len(Vm *vm, uint32_t arr) { return H->objs[arr].ndata; }

Value arr_get(Vm *vm, uint32_t arr, uint32_t i) {
  if (i >= H->objs[arr].ndata) return VAL_UNDEF;
  Value v = heap_get_data(H, arr, i);
  return v == VAL_HOLE ? VAL_UNDEF : v;
}

void arr_set(Vm *vm, uint32_t arr, uint32_t i, Value v) {
  mark_dirty(vm, arr);
  if (i >= H->objs[arr].ndata) heap_data_resize(H, arr, i + 1, VAL_HOLE);
  heap_set_data(H, arr, i, v);
}

void arr_set_len(Vm *vm, uint32_t arr, uint32_t len) {
  mark_dirty(vm, arr);
  heap_data_resize(H, arr, len, VAL_HOLE);
}

bool is_array_like_kind(Vm *vm, Value v) {
  return val_is_obj(v) && (H->objs[val_obj_idx(v)].kind == OK_ARRAY ||
                           H->objs[val_obj_idx(v)].kind == OK_ARGUMENTS);
}

/* --- values ---------------------------------------------------------------------------- */

bool val_truthy(Vm *vm, Value v) {
  if (val_is_num(v)) {
    double d = val_to_double(v);
    return d == d && d != 0;
  }
  if (val_is_str(v)) return str_len(vm->strs, val_str_id(v)) > 0;
  return v != VAL_UNDEF && v != VAL_NULL && v != VAL_FALSE;
}

bool val_is_callable(Vm *vm, Value v) {
  return val_is_obj(v) && is_fn_kind(H->objs[val_obj_idx(v)].kind);
}

bool val_is_ctor(Vm *vm, Value v) {
  if (!val_is_callable(vm, v)) return false;
  Obj *o = &H->objs[val_obj_idx(v)];
  if (o->kind == OK_BOUND) return val_is_ctor(vm, heap_get_data(H, val_obj_idx(v), 0));
  return o->flags & OF_CTOR;
}

uint32_t val_typeof(Vm *vm, Value v) {
  if (val_is_num(v)) return ATOM_number;
  if (val_is_str(v)) return ATOM_string;
  if (val_is_bool(v)) return ATOM_boolean;
  if (val_is_sym(v)) return ATOM_symbol;
  if (v == VAL_UNDEF) return ATOM_undefined;
  if (v == VAL_NULL) return ATOM_object;
  return val_is_callable(vm, v) ? ATOM_function : ATOM_object;
}

bool val_strict_eq(Vm *vm, Value a, Value b) {
  (void)vm;
  if (val_is_num(a) && val_is_num(b)) return val_to_double(a) == val_to_double(b);
  return a == b;
}

bool val_same_value_zero(Vm *vm, Value a, Value b) {
  if (val_is_num(a) && val_is_num(b)) {
    double x = val_to_double(a), y = val_to_double(b);
    return x == y || (x != x && y != y);
  }
  return val_strict_eq(vm, a, b);
}

bool val_same_value(Vm *vm, Value a, Value b) {
  (void)vm;
  return a == b; /* NaN is canonical; 0 and -0 differ in their bits */
}

bool val_loose_eq_prim(Vm *vm, Value a, Value b) {
  if (val_is_nullish(a) || val_is_nullish(b)) return val_is_nullish(a) && val_is_nullish(b);
  if (val_tag(a) == val_tag(b) || (val_is_num(a) && val_is_num(b))) return val_strict_eq(vm, a, b);
  if (val_is_sym(a) || val_is_sym(b) || val_is_obj(a) || val_is_obj(b)) return false;
  return val_to_number_nothrow(vm, a) == val_to_number_nothrow(vm, b);
}

uint32_t num_to_str_id(Vm *vm, double d) {
  char buf[NUM_TOSTRING_BUFSIZE];
  if (d >= 0 && d < 10 && d == (int)d && !(d == 0 && signbit(d))) {
    char c = (char)('0' + (int)d);
    return str_from_utf8(vm->strs, &c, 1);
  }
  int n = num_to_string(d, buf);
  return str_from_utf8(vm->strs, buf, (size_t)n);
}

VmStatus val_to_string_prim(Vm *vm, Value v, uint32_t *out) {
  if (val_is_str(v)) *out = val_str_id(v);
  else if (val_is_num(v)) *out = num_to_str_id(vm, val_to_double(v));
  else if (v == VAL_UNDEF) *out = ATOM_undefined;
  else if (v == VAL_NULL) *out = ATOM_null_;
  else if (v == VAL_TRUE) *out = ATOM_true_;
  else if (v == VAL_FALSE) *out = ATOM_false_;
  else if (val_is_sym(v)) return vm_throw_type(vm, "Cannot convert a Symbol value to a string");
  else *out = str_cstr(vm->strs, "[object Object]");
  return VS_OK;
}

double val_to_number_nothrow(Vm *vm, Value v) {
  if (val_is_num(v)) return val_to_double(v);
  if (v == VAL_TRUE) return 1;
  if (v == VAL_FALSE || v == VAL_NULL) return 0;
  if (val_is_str(v)) {
    uint32_t s = val_str_id(v);
    double d;
    if (str_len(vm->strs, s) == 0) return 0;
    const char *c = str_cstr_tmp(vm->strs, s);
    num_from_string(c, strlen(c), &d);
    return d;
  }
  return NAN;
}

VmStatus val_to_number_prim(Vm *vm, Value v, double *out) {
  if (val_is_sym(v)) return vm_throw_type(vm, "Cannot convert a Symbol value to a number");
  *out = val_to_number_nothrow(vm, v);
  return VS_OK;
}

VmStatus val_to_key_prim(Vm *vm, Value v, Value *key) {
  if (val_is_str(v) || val_is_sym(v)) {
    *key = v;
    return VS_OK;
  }
  uint32_t s;
  VmStatus st = val_to_string_prim(vm, v, &s);
  *key = val_str(s);
  return st;
}

bool obj_instance_of(Vm *vm, Value v, uint32_t proto) {
  if (!val_is_obj(v)) return false;
  for (uint32_t o = H->objs[val_obj_idx(v)].proto; o; o = H->objs[o].proto)
    if (o == proto) return true;
  return false;
}
