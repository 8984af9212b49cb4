/* obj.c - object model over the heap; see obj.h. */
#include "obj.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "numconv.h"
#include "realm.h"
#include "vm_bigint.h"
#include "vm_int.h"

#define H (&vm->heap)

/* --- objects ---------------------------------------------------------------- */

uint32_t obj_new(Vm *vm) { return heap_alloc(H, OK_PLAIN, vm->intr[INTR_OBJECT_PROTO], 4, 0); }

uint32_t obj_new_proto(Vm *vm, uint32_t proto) { return heap_alloc(H, OK_PLAIN, proto, 4, 0); }

uint32_t obj_new_kind(Vm *vm, ObjKind kind, uint32_t proto, uint32_t ndata) {
  return heap_alloc(H, kind, proto, 0, ndata);
}

static void mark_dirty(Vm *vm, uint32_t obj) { heap_touch(H, obj); }

bool obj_is_kind(Vm *vm, Value v, ObjKind k) {
  return val_is_obj(v) && heap_obj(H, val_obj_idx(v))->kind == k;
}

uint32_t obj_proto(Vm *vm, uint32_t obj) { return heap_obj(H, obj)->proto; }

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
  Obj *o = heap_obj(H, fn);
  if (o->kind == OK_FUNC) {
    uint32_t pid = (uint32_t)val_to_double(heap_get_data(H, fn, FD_PROTO));
    return vm->prog->protos[pid]->name;
  }
  if (o->kind == OK_NATIVE) { /* internal natives ($name: resolving functions, ...) are anonymous */
    const char *n = realm_native_def(o->aux)->name;
    return n[0] == '$' ? ATOM_empty : str_cstr(vm->strs, n);
  }
  if (o->kind == OK_BOUND) {
    Value target = heap_get_data(H, fn, 0);
    uint32_t tn = val_is_obj(target) ? fn_name(vm, val_obj_idx(target)) : ATOM_empty;
    return str_concat(vm->strs, str_cstr(vm->strs, "bound "), tn);
  }
  return ATOM_empty;
}

static double fn_length(Vm *vm, uint32_t fn) {
  Obj *o = heap_obj(H, fn);
  if (o->kind == OK_FUNC) {
    uint32_t pid = (uint32_t)val_to_double(heap_get_data(H, fn, FD_PROTO));
    return vm->prog->protos[pid]->length;
  }
  if (o->kind == OK_NATIVE) return realm_native_def(o->aux)->length;
  if (o->kind == OK_BOUND) {
    Value target = heap_get_data(H, fn, 0);
    double tl = val_is_obj(target) ? fn_length(vm, val_obj_idx(target)) : 0;
    double n = tl - (heap_obj(H, fn)->ndata - 2);
    return n > 0 ? n : 0;
  }
  return 0;
}

static bool is_fn_kind(unsigned k) { return k == OK_FUNC || k == OK_NATIVE || k == OK_BOUND; }

/* --- lookup ----------------------------------------------------------------------- */

static Lookup own_exotic(Vm *vm, uint32_t obj, Value key, Value *out) {
  Obj *o = heap_obj(H, obj);
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
    if (v == VAL_HOLE && heap_obj(H, obj)->kind == OK_ERROR) { /* an error's stack, formatted on first read */
      v = val_str(error_format_stack(vm, obj));
      mark_dirty(vm, obj);
      heap_prop_set_value(H, obj, (uint32_t)heap_prop_find(H, obj, key), v);
    }
    *out = v;
    return LK_VALUE;
  }
  if (is_fn_kind(heap_obj(H, obj)->kind)) {
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
  int plain = obj_lookup_plain(H, obj, key, out);
  if (plain >= 0) return (Lookup)plain;
  for (uint32_t o = obj, depth = 0; o && depth < 10000; o = heap_obj(H, o)->proto, depth++) {
    Lookup lk = obj_get_own(vm, o, key, out);
    if (lk != LK_ABSENT) return lk;
  }
  *out = VAL_UNDEF;
  return LK_ABSENT;
}

uint32_t obj_prim_proto(Vm *vm, Value v) {
  if (val_is_str(v)) return vm->intr[INTR_STRING_PROTO];
  if (val_is_num(v)) return vm->intr[INTR_NUMBER_PROTO];
  if (val_is_bool(v)) return vm->intr[INTR_BOOLEAN_PROTO];
  if (val_is_sym(v)) return vm->intr[INTR_SYMBOL_PROTO];
  if (val_is_big(v)) return vm->intr[INTR_BIGINT_PROTO];
  return 0;
}

void val_symbol_text(Vm *vm, Value sym, Buf *out) {
  Value d = heap_get_data(H, val_obj_idx(sym), 0);
  if (heap_obj(H, val_obj_idx(sym))->aux == SYM_PRIVATE) { /* a private name reads "#x" */
    str_to_utf8(vm->strs, val_str_id(d), out);
    return;
  }
  buf_puts(out, "Symbol(");
  if (val_is_str(d)) str_to_utf8(vm->strs, val_str_id(d), out);
  buf_putc(out, ')');
}

void fn_source(Vm *vm, uint32_t fn, Buf *out) {
  if (heap_obj(H, fn)->kind == OK_FUNC) {
    FuncProto *p = vm->prog->protos[(uint32_t)val_to_double(heap_get_data(H, fn, FD_PROTO))];
    if (!(p->flags & FPF_PRELUDE) && p->span.end <= vm->prog->source_len && p->span.end > p->span.start) {
      buf_append(out, vm->prog->source + p->span.start, p->span.end - p->span.start);
      return;
    }
  }
  buf_puts(out, "function ");
  if (heap_obj(H, fn)->kind != OK_BOUND) str_to_utf8(vm->strs, fn_name(vm, fn), out); /* V8: unnamed */
  buf_puts(out, "() { [native code] }");
}

/* Error.prototype.toString without running getters. */
static void error_text(Vm *vm, uint32_t err, Buf *out) {
  Value n, m;
  uint32_t ns = ATOM_Error, ms = ATOM_empty;
  if (obj_lookup(vm, err, val_str(ATOM_name), &n) == LK_VALUE && !val_is_obj(n) && n != VAL_UNDEF) val_to_string_prim(vm, n, &ns);
  if (obj_lookup(vm, err, val_str(ATOM_message), &m) == LK_VALUE && !val_is_obj(m) && m != VAL_UNDEF) val_to_string_prim(vm, m, &ms);
  str_to_utf8(vm->strs, ns, out);
  if (str_len(vm->strs, ns) && str_len(vm->strs, ms)) buf_puts(out, ": ");
  str_to_utf8(vm->strs, ms, out);
}

static const char *class_name(Vm *vm, uint32_t obj) {
  switch (heap_obj(H, obj)->kind) {
    case OK_ARRAY: return "Array";
    case OK_ARGUMENTS: return "Arguments";
    case OK_ERROR: return "Error";
    case OK_DATE: return "Date";
    case OK_REGEXP: return "RegExp";
    case OK_BOXED: {
      Value p = heap_get_data(H, obj, 0);
      return val_is_str(p) ? "String" : val_is_num(p) ? "Number" : val_is_bool(p) ? "Boolean" : "Symbol";
    }
    default: (void)vm; return "Object";
  }
}

void val_display_string(Vm *vm, Value v, Buf *out) {
  if (!val_is_obj(v)) {
    if (val_is_sym(v)) {
      val_symbol_text(vm, v, out);
      return;
    }
    uint32_t s = ATOM_empty;
    val_to_string_prim(vm, v, &s);
    str_to_utf8(vm->strs, s, out);
    return;
  }
  uint32_t o = val_obj_idx(v);
  if (val_is_callable(vm, v)) {
    fn_source(vm, o, out);
    return;
  }
  Value ts = VAL_UNDEF, ctor, tag;
  if (obj_lookup(vm, o, val_str(ATOM_toString), &ts) != LK_VALUE) ts = VAL_UNDEF;
  Value error_ts = VAL_UNDEF, object_ts = VAL_UNDEF;
  obj_get_own(vm, vm->intr[INTR_ERROR_PROTO], val_str(ATOM_toString), &error_ts);
  obj_get_own(vm, vm->intr[INTR_OBJECT_PROTO], val_str(ATOM_toString), &object_ts);
  if (heap_obj(H, o)->kind == OK_ERROR || (ts != VAL_UNDEF && ts == error_ts)) {
    error_text(vm, o, out);
    return;
  }
  if (ts != VAL_UNDEF && ts == object_ts && obj_lookup(vm, o, val_str(ATOM_constructor), &ctor) == LK_VALUE &&
      val_is_callable(vm, ctor) && str_len(vm->strs, fn_name(vm, val_obj_idx(ctor)))) {
    buf_puts(out, "#<");
    str_to_utf8(vm->strs, fn_name(vm, val_obj_idx(ctor)), out);
    buf_putc(out, '>');
    return;
  }
  buf_puts(out, "[object ");
  if (obj_lookup(vm, o, val_sym(vm->intr[INTR_SYM_TO_STRING_TAG]), &tag) == LK_VALUE && val_is_str(tag))
    str_to_utf8(vm->strs, val_str_id(tag), out);
  else
    buf_puts(out, class_name(vm, o));
  buf_putc(out, ']');
}

void val_default_callsite(Vm *vm, Value v, Buf *out) {
  str_to_utf8(vm->strs, val_typeof(vm, v), out);
  if (val_is_str(v)) {
    buf_puts(out, " \"");
    str_to_utf8(vm->strs, val_str_id(v), out);
    buf_putc(out, '"');
  } else if (v == VAL_NULL || val_is_bool(v) || val_is_num(v)) {
    uint32_t s = ATOM_empty;
    val_to_string_prim(vm, v, &s);
    buf_putc(out, ' ');
    str_to_utf8(vm->strs, s, out);
  }
}

/* "Cannot read properties of null (reading 'x')"; reading Symbol.iterator
 * is reported as an iteration error, as V8 does. */
static VmStatus nullish_error(Vm *vm, Value base, Value key, const char *verb) {
  const char *what = base == VAL_NULL ? "null" : "undefined";
  bool reading = verb[0] == 'r';
  Buf k;
  buf_init(&k);
  if (val_is_str(key)) str_to_utf8(vm->strs, val_str_id(key), &k);
  else val_symbol_text(vm, key, &k);
  buf_putc(&k, '\0');
  VmStatus st;
  if (reading && key == val_sym(vm->intr[INTR_SYM_ITERATOR]))
    st = vm_throw_type(vm, "%s is not iterable (cannot read property %s)",
                       base == VAL_NULL ? "object null" : "undefined", k.data);
  else
    st = vm_throw_type(vm, "Cannot %s properties of %s (%s '%s')", verb, what, reading ? "reading" : "setting",
                       k.data);
  buf_free(&k);
  return st;
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
  *lk = obj_lookup(vm, obj_prim_proto(vm, base), key, out);
  return VS_OK;
}

/* --- definition and assignment ----------------------------------------------------- */

void obj_define(Vm *vm, uint32_t obj, Value key, Value v, unsigned attrs) {
  uint32_t idx;
  Obj *o = heap_obj(H, obj);
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

/* Why an assignment did not happen (strict code throws, sloppy code
 * ignores it). */
typedef enum SetFail {
  SF_NONE,
  SF_READ_ONLY,
  SF_GETTER_ONLY,
  SF_NOT_EXTENSIBLE,
  SF_CREATE,  /* a property of a primitive */
  SF_REDEFINE /* an own accessor where super assignment defines data */
} SetFail;

/* Whether the running JavaScript code is strict (built-ins are: the
 * prelude is strict code). */
static bool strict_code(Vm *vm) {
  return vm->nframes > 0 && (vm_proto(vm, &vm->frames[vm->nframes - 1])->flags & FPF_STRICT);
}

static void key_text(Vm *vm, Value key, Buf *out) {
  if (val_is_sym(key)) val_symbol_text(vm, key, out);
  else str_to_utf8(vm->strs, val_str_id(key), out);
}

/* The TypeError of a failed assignment in strict code, V8's wording. */
static VmStatus set_failed(Vm *vm, SetFail why, Value base, Value key) {
  if (why == SF_NONE || !strict_code(vm)) return VS_OK;
  Buf k, d;
  buf_init(&k);
  buf_init(&d);
  key_text(vm, key, &k);
  buf_putc(&k, '\0');
  val_display_string(vm, base, &d);
  buf_putc(&d, '\0');
  VmStatus st;
  const char *type = !val_is_obj(base)             ? str_cstr_tmp(vm->strs, val_typeof(vm, base))
                     : val_is_callable(vm, base) ? "function" : "object";
  if (why == SF_CREATE)
    st = vm_throw_type(vm, "Cannot create property '%s' on %s '%s'", k.data, type, d.data);
  else if (why == SF_READ_ONLY)
    st = vm_throw_type(vm, "Cannot assign to read only property '%s' of %s '%s'", k.data, type, d.data);
  else if (why == SF_REDEFINE)
    st = vm_throw_type(vm, "Cannot redefine property: %s", k.data);
  else if (why == SF_GETTER_ONLY)
    st = vm_throw_type(vm, "Cannot set property %s of %s which has only a getter", k.data, d.data);
  else
    st = vm_throw_type(vm, "Cannot add property %s, object is not extensible", k.data);
  buf_free(&k);
  buf_free(&d);
  return st;
}

/* Finds where an assignment would land along the chain from obj: true and
 * the setter when an accessor with a setter intercepts it; *fail when a
 * read-only property or a getter without setter blocks it. */
static bool find_setter(Vm *vm, uint32_t obj, Value key, Value *setter, SetFail *fail) {
  *fail = SF_NONE;
  for (uint32_t o = obj; o; o = heap_obj(H, o)->proto) {
    int32_t i = heap_prop_find(H, o, key);
    if (i < 0) continue;
    unsigned a = heap_prop_attrs(H, o, (uint32_t)i);
    if (a & PA_ACCESSOR) {
      *setter = heap_get_data(H, val_obj_idx(heap_prop_value(H, o, (uint32_t)i)), 1);
      if (*setter == VAL_UNDEF) *fail = SF_GETTER_ONLY;
      return *fail == SF_NONE;
    }
    if (!(a & PA_WRITABLE)) *fail = SF_READ_ONLY;
    return false;
  }
  return false;
}

static VmStatus set_element(Vm *vm, uint32_t obj, Value key, uint32_t idx, Value v) {
  Obj *o = heap_obj(H, obj);
  if (o->aux == EL_FROZEN && idx < o->ndata && heap_get_data(H, obj, idx) != VAL_HOLE)
    return set_failed(vm, SF_READ_ONLY, val_obj(obj), key);
  if ((o->flags & OF_NOEXT) && (idx >= o->ndata || heap_get_data(H, obj, idx) == VAL_HOLE))
    return set_failed(vm, SF_NOT_EXTENSIBLE, val_obj(obj), key);
  arr_set(vm, obj, idx, v);
  return VS_OK;
}

static VmStatus set_on_object(Vm *vm, uint32_t obj, Value key, Value v, Value *setter) {
  Obj *o = heap_obj(H, obj);
  uint32_t idx;
  if (o->kind == OK_ARRAY || o->kind == OK_ARGUMENTS) {
    if (o->kind == OK_ARRAY && key == val_str(ATOM_length)) {
      if (o->aux != EL_NORMAL) return set_failed(vm, SF_READ_ONLY, val_obj(obj), key);
      double d = val_to_number_nothrow(vm, v);
      if (d != floor(d) || d < 0 || d > 4294967295.0) return vm_throw_range(vm, "Invalid array length");
      arr_set_len(vm, obj, (uint32_t)d);
      return VS_OK;
    }
    if (key_array_index(vm, key, &idx)) return set_element(vm, obj, key, idx, v);
  }
  int32_t i = heap_prop_find(H, obj, key);
  if (i >= 0) {
    unsigned a = heap_prop_attrs(H, obj, (uint32_t)i);
    if (a & PA_ACCESSOR) {
      *setter = heap_get_data(H, val_obj_idx(heap_prop_value(H, obj, (uint32_t)i)), 1);
      return *setter == VAL_UNDEF ? set_failed(vm, SF_GETTER_ONLY, val_obj(obj), key) : VS_CALL;
    }
    if (!(a & PA_WRITABLE)) return set_failed(vm, SF_READ_ONLY, val_obj(obj), key);
    mark_dirty(vm, obj);
    heap_prop_set_value(H, obj, (uint32_t)i, v);
    return VS_OK;
  }
  SetFail fail;
  if (find_setter(vm, heap_obj(H, obj)->proto, key, setter, &fail)) return VS_CALL;
  if (fail != SF_NONE) return set_failed(vm, fail, val_obj(obj), key);
  if (heap_obj(H, obj)->flags & OF_NOEXT) return set_failed(vm, SF_NOT_EXTENSIBLE, val_obj(obj), key);
  mark_dirty(vm, obj);
  heap_prop_add(H, obj, key, v, PA_DEFAULT);
  return VS_OK;
}

VmStatus val_set(Vm *vm, Value base, Value key, Value v, Value *setter) {
  *setter = VAL_UNDEF;
  if (val_is_obj(base)) return set_on_object(vm, val_obj_idx(base), key, v, setter);
  if (val_is_nullish(base)) return nullish_error(vm, base, key, "set");
  SetFail fail;
  if (find_setter(vm, obj_prim_proto(vm, base), key, setter, &fail)) return VS_CALL;
  return set_failed(vm, SF_CREATE, base, key); /* primitives have no properties of their own */
}

/* super[key] = v (OrdinarySet from the home object's prototype base, with
 * this as the receiver): a setter found from base runs on the receiver;
 * otherwise the receiver's own property is written or added, never one of
 * its prototypes'.  Failures throw with V8's wording for super assignments
 * (class code is strict), which names the getter's holder and treats a
 * primitive receiver as read-only. */
VmStatus val_super_set(Vm *vm, uint32_t base, Value receiver, Value key, Value v, Value *setter) {
  *setter = VAL_UNDEF;
  if (!base) return nullish_error(vm, VAL_NULL, key, "set");
  for (uint32_t o = base; o; o = heap_obj(H, o)->proto) {
    int32_t i = heap_prop_find(H, o, key);
    if (i < 0) continue;
    unsigned a = heap_prop_attrs(H, o, (uint32_t)i);
    if (a & PA_ACCESSOR) {
      *setter = heap_get_data(H, val_obj_idx(heap_prop_value(H, o, (uint32_t)i)), 1);
      return *setter == VAL_UNDEF ? set_failed(vm, SF_GETTER_ONLY, val_obj(o), key) : VS_CALL;
    }
    if (!(a & PA_WRITABLE)) return set_failed(vm, SF_READ_ONLY, receiver, key);
    break;
  }
  if (!val_is_obj(receiver)) return set_failed(vm, SF_READ_ONLY, receiver, key);
  uint32_t r = val_obj_idx(receiver);
  ObjKind k = (ObjKind)heap_obj(H, r)->kind;
  uint32_t idx;
  if ((k == OK_ARRAY || k == OK_ARGUMENTS) && (key == val_str(ATOM_length) || key_array_index(vm, key, &idx)))
    return set_on_object(vm, r, key, v, setter); /* its own elements and length */
  int32_t i = heap_prop_find(H, r, key);
  if (i >= 0) {
    unsigned a = heap_prop_attrs(H, r, (uint32_t)i);
    if (a & PA_ACCESSOR) return set_failed(vm, SF_REDEFINE, receiver, key);
    if (!(a & PA_WRITABLE)) return set_failed(vm, SF_READ_ONLY, receiver, key);
    mark_dirty(vm, r);
    heap_prop_set_value(H, r, (uint32_t)i, v);
    return VS_OK;
  }
  if (heap_obj(H, r)->flags & OF_NOEXT) return set_failed(vm, SF_NOT_EXTENSIBLE, receiver, key);
  mark_dirty(vm, r);
  heap_prop_add(H, r, key, v, PA_DEFAULT);
  return VS_OK;
}

VmStatus obj_delete_strict(Vm *vm, uint32_t obj, Value key, bool *deleted) {
  *deleted = obj_delete(vm, obj, key);
  if (*deleted || !strict_code(vm)) return VS_OK;
  Buf k, d;
  buf_init(&k);
  buf_init(&d);
  key_text(vm, key, &k);
  buf_putc(&k, '\0');
  val_display_string(vm, val_obj(obj), &d);
  buf_putc(&d, '\0');
  VmStatus st = vm_throw_type(vm, "Cannot delete property '%s' of %s", k.data, d.data);
  buf_free(&k);
  buf_free(&d);
  return st;
}

bool obj_delete(Vm *vm, uint32_t obj, Value key) {
  Obj *o = heap_obj(H, obj);
  uint32_t idx;
  if ((o->kind == OK_ARRAY || o->kind == OK_ARGUMENTS) && key_array_index(vm, key, &idx)) {
    if (idx >= o->ndata || heap_get_data(H, obj, idx) == VAL_HOLE) return true;
    if (o->aux != EL_NORMAL) return false;
    heap_set_data(H, obj, idx, VAL_HOLE);
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
  Obj *o = heap_obj(H, obj);
  if (o->kind == OK_ARRAY || o->kind == OK_ARGUMENTS) {
    for (uint32_t i = 0; i < heap_obj(H, obj)->ndata; i++)
      if (heap_get_data(H, obj, i) != VAL_HOLE) arr_push(vm, out, key_from_index(vm, i));
  } else if (o->kind == OK_BOXED && val_is_str(heap_get_data(H, obj, 0))) {
    uint32_t n = str_len(vm->strs, val_str_id(heap_get_data(H, obj, 0)));
    for (uint32_t i = 0; i < n; i++) arr_push(vm, out, key_from_index(vm, i));
  }
  uint32_t np = heap_obj(H, obj)->nprops, nidx = 0;
  uint32_t *idx = malloc(sizeof(uint32_t) * (np ? np : 1));
  for (uint32_t i = 0; i < np; i++) {
    Value k = heap_prop_key(H, obj, i);
    uint32_t n;
    if (heap_prop_attrs(H, obj, i) & PA_PRIVATE) continue; /* invisible to reflection */
    if (enum_only && !(heap_prop_attrs(H, obj, i) & PA_ENUM)) continue;
    if (key_array_index(vm, k, &n)) idx[nidx++] = n;
  }
  qsort(idx, nidx, sizeof(uint32_t), cmp_u32);
  for (uint32_t i = 0; i < nidx; i++) arr_push(vm, out, key_from_index(vm, idx[i]));
  free(idx);
  for (int pass = 0; pass < (symbols ? 2 : 1); pass++) {
    for (uint32_t i = 0; i < heap_obj(H, obj)->nprops; i++) {
      Value k = heap_prop_key(H, obj, i);
      if (heap_prop_attrs(H, obj, i) & PA_PRIVATE) continue;
      if (enum_only && !(heap_prop_attrs(H, obj, i) & PA_ENUM)) continue;
      if (pass == 0 && (!val_is_str(k) || key_array_index(vm, k, NULL))) continue;
      if (pass == 1 && !val_is_sym(k)) continue;
      arr_push(vm, out, k);
    }
  }
  return out;
}

uint32_t obj_own_names(Vm *vm, uint32_t obj, bool symbols) {
  uint32_t all = obj_own_keys(vm, obj, false, symbols);
  Obj *o = heap_obj(H, obj);
  bool indexed = o->kind == OK_ARRAY || o->kind == OK_ARGUMENTS ||
                 (o->kind == OK_BOXED && val_is_str(heap_get_data(H, obj, 0)));
  const uint32_t virt[2] = {ATOM_length, is_fn_kind(o->kind) ? ATOM_name : 0};
  if (!indexed && !is_fn_kind(o->kind)) return all;
  uint32_t out = arr_new(vm, 0), n = arr_len(vm, all), i = 0;
  if (indexed)
    for (; i < n && key_array_index(vm, arr_get(vm, all, i), NULL); i++) arr_push(vm, out, arr_get(vm, all, i));
  for (int k = 0; k < 2; k++)
    if (virt[k] && heap_prop_find(H, obj, val_str(virt[k])) < 0) arr_push(vm, out, val_str(virt[k]));
  for (; i < n; i++) arr_push(vm, out, arr_get(vm, all, i));
  return out;
}

/* Integrity levels (Object.freeze / Object.seal): properties lose
 * configurable (and, frozen, writable); elements of arrays and arguments
 * objects record the level in Obj.aux (EL_*). */
static void set_integrity(Vm *vm, uint32_t obj, bool frozen) {
  mark_dirty(vm, obj);
  Obj *o = heap_obj(H, obj);
  o->flags |= OF_NOEXT;
  if ((o->kind == OK_ARRAY || o->kind == OK_ARGUMENTS) && o->aux != EL_FROZEN) o->aux = frozen ? EL_FROZEN : EL_SEALED;
  for (uint32_t i = 0; i < heap_obj(H, obj)->nprops; i++) {
    if (heap_prop_attrs(H, obj, i) & PA_PRIVATE) continue; /* private members keep their attributes */
    unsigned a = heap_prop_attrs(H, obj, i) & ~(unsigned)PA_CONFIG;
    if (frozen && !(a & PA_ACCESSOR)) a &= ~(unsigned)PA_WRITABLE;
    heap_prop_set_attrs(H, obj, i, a);
  }
}

void obj_freeze(Vm *vm, uint32_t obj) { set_integrity(vm, obj, true); }
void obj_seal(Vm *vm, uint32_t obj) { set_integrity(vm, obj, false); }

static bool test_integrity(Vm *vm, uint32_t obj, bool frozen) {
  Obj *o = heap_obj(H, obj);
  if (!(o->flags & OF_NOEXT)) return false;
  if (o->kind == OK_ARRAY || o->kind == OK_ARGUMENTS) {
    bool any = false;
    for (uint32_t i = 0; i < o->ndata && !any; i++) any = heap_get_data(H, obj, i) != VAL_HOLE;
    if (any && (o->aux == EL_NORMAL || (frozen && o->aux != EL_FROZEN))) return false;
  }
  for (uint32_t i = 0; i < o->nprops; i++) {
    unsigned a = heap_prop_attrs(H, obj, i);
    if (a & PA_PRIVATE) continue;
    if (a & PA_CONFIG) return false;
    if (frozen && !(a & PA_ACCESSOR) && (a & PA_WRITABLE)) return false;
  }
  return true;
}

bool obj_is_frozen(Vm *vm, uint32_t obj) { return test_integrity(vm, obj, true); }
bool obj_is_sealed(Vm *vm, uint32_t obj) { return test_integrity(vm, obj, false); }

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

uint32_t arr_len(Vm *vm, uint32_t arr) { return heap_obj(H, arr)->ndata; }

Value arr_get(Vm *vm, uint32_t arr, uint32_t i) {
  if (i >= heap_obj(H, arr)->ndata) return VAL_UNDEF;
  Value v = heap_get_data(H, arr, i);
  return v == VAL_HOLE ? VAL_UNDEF : v;
}

/* Arrays are dense, so a length far beyond the elements stored (node keeps
 * such an array sparse) costs a slot per index: growth past the heap limit
 * stops the machine (vm_heap_room) and the array stays as it was. */
static bool arr_room(Vm *vm, uint32_t arr, uint32_t len) {
  uint32_t n = heap_obj(H, arr)->ndata;
  return len <= n || vm_heap_room(vm, (uint64_t)len - n);
}

void arr_set(Vm *vm, uint32_t arr, uint32_t i, Value v) {
  mark_dirty(vm, arr);
  if (i >= heap_obj(H, arr)->ndata) {
    if (!arr_room(vm, arr, i + 1)) return;
    heap_data_resize(H, arr, i + 1, VAL_HOLE);
  }
  heap_set_data(H, arr, i, v);
}

void arr_set_len(Vm *vm, uint32_t arr, uint32_t len) {
  mark_dirty(vm, arr);
  if (!arr_room(vm, arr, len)) return;
  heap_data_resize(H, arr, len, VAL_HOLE);
}

bool is_array_like_kind(Vm *vm, Value v) {
  return val_is_obj(v) && (heap_obj(H, val_obj_idx(v))->kind == OK_ARRAY ||
                           heap_obj(H, val_obj_idx(v))->kind == OK_ARGUMENTS);
}

/* --- values ---------------------------------------------------------------------------- */

bool val_truthy(Vm *vm, Value v) {
  if (val_is_rnd(v)) v = vm_concrete(vm, v);
  if (val_is_num(v)) {
    double d = val_to_double(v);
    return d == d && d != 0;
  }
  if (val_is_str(v)) return str_len(vm->strs, val_str_id(v)) > 0;
  if (val_is_big(v)) return !vbig_is_zero(v);
  return v != VAL_UNDEF && v != VAL_NULL && v != VAL_FALSE;
}

bool val_is_callable(Vm *vm, Value v) {
  return val_is_obj(v) && is_fn_kind(heap_obj(H, val_obj_idx(v))->kind);
}

bool val_is_ctor(Vm *vm, Value v) {
  if (!val_is_callable(vm, v)) return false;
  Obj *o = heap_obj(H, val_obj_idx(v));
  if (o->kind == OK_BOUND) return val_is_ctor(vm, heap_get_data(H, val_obj_idx(v), 0));
  return o->flags & OF_CTOR;
}

uint32_t val_typeof(Vm *vm, Value v) {
  if (val_is_num(v) || val_is_rnd(v)) return ATOM_number; /* a symbolic number stays unknown */
  if (val_is_str(v)) return ATOM_string;
  if (val_is_bool(v)) return ATOM_boolean;
  if (val_is_sym(v)) return ATOM_symbol;
  if (val_is_big(v)) return ATOM_bigint;
  if (v == VAL_UNDEF) return ATOM_undefined;
  if (v == VAL_NULL) return ATOM_object;
  return val_is_callable(vm, v) ? ATOM_function : ATOM_object;
}

bool val_strict_eq(Vm *vm, Value a, Value b) {
  if (val_is_rnd(a)) a = vm_concrete(vm, a);
  if (val_is_rnd(b)) b = vm_concrete(vm, b);
  if (val_is_num(a) && val_is_num(b)) return val_to_double(a) == val_to_double(b);
  return a == b;
}

bool val_same_value_zero(Vm *vm, Value a, Value b) {
  if (val_is_rnd(a)) a = vm_concrete(vm, a);
  if (val_is_rnd(b)) b = vm_concrete(vm, b);
  if (val_is_num(a) && val_is_num(b)) {
    double x = val_to_double(a), y = val_to_double(b);
    return x == y || (x != x && y != y);
  }
  return val_strict_eq(vm, a, b);
}

bool val_same_value(Vm *vm, Value a, Value b) {
  if (val_is_rnd(a)) a = vm_concrete(vm, a);
  if (val_is_rnd(b)) b = vm_concrete(vm, b);
  return a == b; /* NaN is canonical; 0 and -0 differ in their bits */
}

bool val_loose_eq_prim(Vm *vm, Value a, Value b) {
  if (val_is_rnd(a)) a = vm_concrete(vm, a);
  if (val_is_rnd(b)) b = vm_concrete(vm, b);
  if (val_is_nullish(a) || val_is_nullish(b)) return val_is_nullish(a) && val_is_nullish(b);
  if (val_tag(a) == val_tag(b) || (val_is_num(a) && val_is_num(b))) return val_strict_eq(vm, a, b);
  if (val_is_big(a) || val_is_big(b)) return vbig_loose_eq(vm, a, b);
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
  if (val_is_rnd(v)) v = vm_concrete(vm, v);
  if (val_is_str(v)) *out = val_str_id(v);
  else if (val_is_big(v)) *out = val_payload(v); /* its decimal text (vm_bigint.h) */
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
  if (val_is_rnd(v)) v = vm_concrete(vm, v);
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
  if (val_is_big(v)) return vm_throw_type(vm, "Cannot convert a BigInt value to a number");
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
  for (uint32_t o = heap_obj(H, val_obj_idx(v))->proto; o; o = heap_obj(H, o)->proto)
    if (o == proto) return true;
  return false;
}
