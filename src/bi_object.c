/* bi_object.c - Object, Function.prototype, Boolean and Symbol built-ins.
 * (Object.assign/values/entries/fromEntries run getters and setters, so
 * they are in the prelude.) */
#include <math.h>
#include <string.h>

#include "bi.h"
#include "vm_int.h"

static VmStatus to_object_error(Vm *vm) { return vm_throw_type(vm, "Cannot convert undefined or null to object"); }

/* ToObject for natives (primitives are boxed). */
static VmStatus to_object(Vm *vm, Value v, uint32_t *o) {
  if (val_is_obj(v)) {
    *o = val_obj_idx(v);
    return VS_OK;
  }
  if (val_is_nullish(v)) return to_object_error(vm);
  uint32_t proto = obj_prim_proto(vm, v);
  *o = heap_alloc(HEAP, OK_BOXED, proto, 0, 1);
  heap_set_data(HEAP, *o, 0, v);
  return VS_OK;
}

static VmStatus key_of(Vm *vm, Value v, Value *key) {
  if (val_is_obj(v)) {
    *key = bi_str(vm, "[object Object]");
    return VS_OK;
  }
  return val_to_key_prim(vm, v, key);
}

/* --- Object ------------------------------------------------------------------ */

NATIVE(nat_object) {
  NATIVE_UNUSED();
  Value v = ARG(0);
  if (val_is_nullish(v)) {
    *out = val_obj(obj_new(vm));
    return VS_OK;
  }
  uint32_t o;
  VmStatus st = to_object(vm, v, &o);
  *out = val_obj(o);
  return st;
}

static VmStatus keys_common(Vm *vm, Value v, bool enum_only, bool symbols_only, Value *out) {
  uint32_t o;
  VmStatus st = to_object(vm, v, &o);
  if (st != VS_OK) return st;
  uint32_t k = enum_only ? obj_own_keys(vm, o, true, symbols_only) : obj_own_names(vm, o, symbols_only);
  if (symbols_only) {
    uint32_t r = arr_new(vm, 0);
    for (uint32_t i = 0; i < arr_len(vm, k); i++)
      if (val_is_sym(arr_get(vm, k, i))) arr_push(vm, r, arr_get(vm, k, i));
    k = r;
  }
  *out = val_obj(k);
  return VS_OK;
}

NATIVE(nat_keys) {
  NATIVE_UNUSED();
  return keys_common(vm, ARG(0), true, false, out);
}

NATIVE(nat_own_names) {
  NATIVE_UNUSED();
  return keys_common(vm, ARG(0), false, false, out);
}

NATIVE(nat_own_symbols) {
  NATIVE_UNUSED();
  return keys_common(vm, ARG(0), false, true, out);
}

NATIVE(nat_freeze) {
  NATIVE_UNUSED();
  if (val_is_obj(ARG(0))) obj_freeze(vm, val_obj_idx(ARG(0)));
  *out = ARG(0);
  return VS_OK;
}

NATIVE(nat_is_frozen) {
  NATIVE_UNUSED();
  *out = val_bool(!val_is_obj(ARG(0)) || obj_is_frozen(vm, val_obj_idx(ARG(0))));
  return VS_OK;
}

NATIVE(nat_is_sealed) {
  NATIVE_UNUSED();
  *out = val_bool(!val_is_obj(ARG(0)) || obj_is_sealed(vm, val_obj_idx(ARG(0))));
  return VS_OK;
}

NATIVE(nat_seal) {
  NATIVE_UNUSED();
  if (val_is_obj(ARG(0))) obj_seal(vm, val_obj_idx(ARG(0)));
  *out = ARG(0);
  return VS_OK;
}

NATIVE(nat_prevent_ext) {
  NATIVE_UNUSED();
  if (val_is_obj(ARG(0))) {
    heap_touch(HEAP, val_obj_idx(ARG(0)));
    heap_obj(HEAP, val_obj_idx(ARG(0)))->flags |= OF_NOEXT;
  }
  *out = ARG(0);
  return VS_OK;
}

NATIVE(nat_is_extensible) {
  NATIVE_UNUSED();
  *out = val_bool(val_is_obj(ARG(0)) && !(heap_obj(HEAP, val_obj_idx(ARG(0)))->flags & OF_NOEXT));
  return VS_OK;
}

NATIVE(nat_create) {
  NATIVE_UNUSED();
  Value p = ARG(0);
  if (!val_is_obj(p) && p != VAL_NULL) {
    Buf b;
    buf_init(&b);
    val_display_string(vm, p, &b);
    buf_putc(&b, '\0');
    VmStatus st = vm_throw_type(vm, "Object prototype may only be an Object or null: %s", b.data);
    buf_free(&b);
    return st;
  }
  *out = val_obj(obj_new_proto(vm, val_is_obj(p) ? val_obj_idx(p) : 0));
  if (argc > 1 && val_is_obj(args[1])) {
    Value a[2] = {*out, args[1]};
    return vm_tail_call(vm, realm_hook(vm, "defineProperties"), VAL_UNDEF, a, 2);
  }
  return VS_OK;
}

NATIVE(nat_get_proto_of) {
  NATIVE_UNUSED();
  uint32_t o;
  VmStatus st = to_object(vm, ARG(0), &o);
  if (st != VS_OK) return st;
  uint32_t p = heap_obj(HEAP, o)->proto;
  *out = p ? val_obj(p) : VAL_NULL;
  return VS_OK;
}

static VmStatus throw_with_display(Vm *vm, const char *fmt, Value v);

NATIVE(nat_set_proto_of) {
  NATIVE_UNUSED();
  Value p = ARG(1);
  if (val_is_nullish(ARG(0))) return vm_throw_type(vm, "Object.setPrototypeOf called on null or undefined");
  if (!val_is_obj(p) && p != VAL_NULL) return throw_with_display(vm, "Object prototype may only be an Object or null: %s", p);
  if (val_is_obj(ARG(0))) {
    uint32_t o = val_obj_idx(ARG(0)), np = val_is_obj(p) ? val_obj_idx(p) : 0;
    if (heap_obj(HEAP, o)->proto != np) {
      if (heap_obj(HEAP, o)->flags & OF_NOEXT) return throw_with_display(vm, "%s is not extensible", ARG(0));
      for (uint32_t q = np; q; q = heap_obj(HEAP, q)->proto)
        if (q == o) return vm_throw_type(vm, "Cyclic __proto__ value");
      heap_touch(HEAP, o);
      heap_obj(HEAP, o)->proto = np;
    }
  }
  *out = ARG(0);
  return VS_OK;
}

static bool desc_field(Vm *vm, uint32_t d, const char *name, Value *v) {
  return obj_lookup(vm, d, bi_str(vm, name), v) != LK_ABSENT;
}

/* A TypeError "<fmt with %s = V8's display text of v>". */
static VmStatus throw_with_display(Vm *vm, const char *fmt, Value v) {
  Buf b;
  buf_init(&b);
  val_display_string(vm, v, &b);
  buf_putc(&b, '\0');
  VmStatus st = vm_throw_type(vm, fmt, b.data);
  buf_free(&b);
  return st;
}

/* ValidateAndApplyPropertyDescriptor's refusals for an existing
 * non-configurable property (ECMA-262 10.1.6.3 steps 4-6). */
static bool redefine_allowed(Vm *vm, uint32_t o, int32_t old, uint32_t d, bool accessor, Value get, Value set) {
  unsigned a = heap_prop_attrs(HEAP, o, (uint32_t)old);
  Value f, v;
  if (a & PA_CONFIG) return true;
  if (desc_field(vm, d, "configurable", &f) && val_truthy(vm, f)) return false;
  if (desc_field(vm, d, "enumerable", &f) && val_truthy(vm, f) != ((a & PA_ENUM) != 0)) return false;
  bool was_accessor = a & PA_ACCESSOR;
  bool generic = !accessor && !desc_field(vm, d, "value", &v) && !desc_field(vm, d, "writable", &f);
  if (generic) return true;
  if (accessor != was_accessor) return false;
  if (accessor) {
    uint32_t acc = val_obj_idx(heap_prop_value(HEAP, o, (uint32_t)old));
    if (get != VAL_UNDEF && get != heap_get_data(HEAP, acc, 0)) return false;
    return set == VAL_UNDEF || set == heap_get_data(HEAP, acc, 1);
  }
  if (a & PA_WRITABLE) return true;
  if (desc_field(vm, d, "writable", &f) && val_truthy(vm, f)) return false;
  return !desc_field(vm, d, "value", &v) || val_same_value(vm, v, heap_prop_value(HEAP, o, (uint32_t)old));
}

/* [[DefineOwnProperty]] of object ARG(0) from descriptor object ARG(2)
 * (Object.defineProperty, Reflect.defineProperty).  A malformed descriptor
 * throws; a refusal (not extensible, not configurable) throws V8's
 * TypeError unless refuse_false, which makes *out false instead. */
static VmStatus define_own(Vm *vm, Value *args, uint32_t argc, bool refuse_false, Value *out) {
  if (!val_is_obj(ARG(2))) return throw_with_display(vm, "Property description must be an object: %s", ARG(2));
  uint32_t o = val_obj_idx(ARG(0)), d = val_obj_idx(ARG(2));
  *out = refuse_false ? VAL_FALSE : ARG(0);
  Value key;
  VmStatus st = key_of(vm, ARG(1), &key);
  if (st != VS_OK) return st;
  Value get = VAL_UNDEF, set = VAL_UNDEF, v = VAL_UNDEF, f;
  bool has_get = desc_field(vm, d, "get", &get), has_set = desc_field(vm, d, "set", &set);
  if (has_get && get != VAL_UNDEF && !val_is_callable(vm, get)) return throw_with_display(vm, "Getter must be a function: %s", get);
  if (has_set && set != VAL_UNDEF && !val_is_callable(vm, set)) return throw_with_display(vm, "Setter must be a function: %s", set);
  if ((has_get || has_set) && (desc_field(vm, d, "value", &v) || desc_field(vm, d, "writable", &f)))
    return throw_with_display(vm, "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, %s",
                              ARG(2));
  int32_t old = heap_prop_find(HEAP, o, key);
  bool refused = old < 0 && !obj_has_own(vm, o, key) && (heap_obj(HEAP, o)->flags & OF_NOEXT);
  if (refused && refuse_false) return VS_OK;
  if (refused) {
    Buf k;
    buf_init(&k);
    if (val_is_sym(key)) val_symbol_text(vm, key, &k);
    else str_to_utf8(vm->strs, val_str_id(key), &k);
    buf_putc(&k, '\0');
    st = vm_throw_type(vm, "Cannot define property %s, object is not extensible", k.data);
    buf_free(&k);
    return st;
  }
  refused = old >= 0 && !redefine_allowed(vm, o, old, d, has_get || has_set, get, set);
  if (refused && refuse_false) return VS_OK;
  if (refused) {
    Buf k;
    buf_init(&k);
    if (val_is_sym(key)) val_symbol_text(vm, key, &k);
    else str_to_utf8(vm->strs, val_str_id(key), &k);
    buf_putc(&k, '\0');
    st = vm_throw_type(vm, "Cannot redefine property: %s", k.data);
    buf_free(&k);
    return st;
  }
  unsigned attrs = 0;
  if (old >= 0) attrs = heap_prop_attrs(HEAP, o, (uint32_t)old) & (PA_ENUM | PA_CONFIG | PA_WRITABLE);
  if (desc_field(vm, d, "enumerable", &f)) attrs = val_truthy(vm, f) ? attrs | PA_ENUM : attrs & ~(unsigned)PA_ENUM;
  if (desc_field(vm, d, "configurable", &f)) attrs = val_truthy(vm, f) ? attrs | PA_CONFIG : attrs & ~(unsigned)PA_CONFIG;
  if (has_get || has_set) {
    obj_define_accessor(vm, o, key, get, set, attrs & ~(unsigned)PA_WRITABLE);
  } else {
    if (desc_field(vm, d, "writable", &f)) attrs = val_truthy(vm, f) ? attrs | PA_WRITABLE : attrs & ~(unsigned)PA_WRITABLE;
    if (!desc_field(vm, d, "value", &v) && old >= 0) v = heap_prop_value(HEAP, o, (uint32_t)old);
    obj_define(vm, o, key, v, attrs);
  }
  *out = refuse_false ? VAL_TRUE : ARG(0);
  return VS_OK;
}

NATIVE(nat_define_property) {
  NATIVE_UNUSED();
  if (!val_is_obj(ARG(0))) return vm_throw_type(vm, "Object.defineProperty called on non-object");
  return define_own(vm, args, argc, false, out);
}

/* $reflectDefine(o, key, desc): Reflect.defineProperty's steps after the
 * prelude checked o and converted key; false when refused. */
NATIVE(nat_reflect_define) {
  NATIVE_UNUSED();
  return define_own(vm, args, argc, true, out);
}

NATIVE(nat_get_own_desc) {
  NATIVE_UNUSED();
  uint32_t o;
  VmStatus st = to_object(vm, ARG(0), &o);
  if (st != VS_OK) return st;
  Value key, v;
  if ((st = key_of(vm, ARG(1), &key)) != VS_OK) return st;
  Lookup lk = obj_get_own(vm, o, key, &v);
  if (lk == LK_ABSENT) {
    *out = VAL_UNDEF;
    return VS_OK;
  }
  int32_t i = heap_prop_find(HEAP, o, key);
  unsigned attrs = i >= 0 ? heap_prop_attrs(HEAP, o, (uint32_t)i) : PA_DEFAULT;
  if (i < 0 && (heap_obj(HEAP, o)->kind == OK_FUNC || heap_obj(HEAP, o)->kind == OK_NATIVE)) attrs = PA_CONFIG;
  uint32_t d = obj_new(vm);
  if (attrs & PA_ACCESSOR) {
    uint32_t acc = val_obj_idx(heap_prop_value(HEAP, o, (uint32_t)i));
    obj_define_cstr(vm, d, "get", heap_get_data(HEAP, acc, 0), PA_DEFAULT);
    obj_define_cstr(vm, d, "set", heap_get_data(HEAP, acc, 1), PA_DEFAULT);
  } else {
    obj_define_cstr(vm, d, "value", v, PA_DEFAULT);
    obj_define_cstr(vm, d, "writable", val_bool(attrs & PA_WRITABLE), PA_DEFAULT);
  }
  obj_define_cstr(vm, d, "enumerable", val_bool(attrs & PA_ENUM), PA_DEFAULT);
  obj_define_cstr(vm, d, "configurable", val_bool(attrs & PA_CONFIG), PA_DEFAULT);
  *out = val_obj(d);
  return VS_OK;
}

NATIVE(nat_is) {
  NATIVE_UNUSED();
  *out = val_bool(val_same_value(vm, ARG(0), ARG(1)));
  return VS_OK;
}

NATIVE(nat_has_own) {
  NATIVE_UNUSED();
  uint32_t o;
  VmStatus st = to_object(vm, ARG(0), &o);
  if (st != VS_OK) return st;
  Value key;
  if ((st = key_of(vm, ARG(1), &key)) != VS_OK) return st;
  *out = val_bool(obj_has_own(vm, o, key));
  return VS_OK;
}

/* --- Object.prototype ------------------------------------------------------------- */

NATIVE(nat_has_own_property) {
  NATIVE_UNUSED();
  uint32_t o;
  VmStatus st = to_object(vm, this_v, &o);
  if (st != VS_OK) return st;
  Value key;
  if ((st = key_of(vm, ARG(0), &key)) != VS_OK) return st;
  *out = val_bool(obj_has_own(vm, o, key));
  return VS_OK;
}

NATIVE(nat_is_prototype_of) {
  NATIVE_UNUSED();
  *out = val_bool(val_is_obj(this_v) && obj_instance_of(vm, ARG(0), val_obj_idx(this_v)));
  return VS_OK;
}

NATIVE(nat_prop_is_enum) {
  NATIVE_UNUSED();
  Value key;
  *out = VAL_FALSE;
  if (!val_is_obj(this_v) || key_of(vm, ARG(0), &key) != VS_OK) return VS_OK;
  uint32_t o = val_obj_idx(this_v);
  int32_t i = heap_prop_find(HEAP, o, key);
  if (i >= 0) *out = val_bool(heap_prop_attrs(HEAP, o, (uint32_t)i) & PA_ENUM);
  else {
    Value v;
    *out = val_bool(obj_get_own(vm, o, key, &v) != LK_ABSENT && key != val_str(ATOM_length));
  }
  return VS_OK;
}

/* The builtin tag of Object.prototype.toString. */
static const char *builtin_tag(Vm *vm, Value v) {
  if (v == VAL_UNDEF) return "Undefined";
  if (v == VAL_NULL) return "Null";
  if (val_is_str(v)) return "String";
  if (val_is_num(v)) return "Number";
  if (val_is_bool(v)) return "Boolean";
  if (val_is_sym(v)) return "Symbol";
  if (val_is_big(v)) return "Object"; /* BigInt.prototype[@@toStringTag] names it */
  switch (heap_obj(HEAP, val_obj_idx(v))->kind) {
    case OK_ARRAY: return "Array";
    case OK_ARGUMENTS: return "Arguments";
    case OK_FUNC: case OK_NATIVE: case OK_BOUND: return "Function";
    case OK_ERROR: return "Error";
    case OK_DATE: return "Date";
    case OK_REGEXP: return "RegExp";
    case OK_BOXED: {
      Value p = heap_get_data(HEAP, val_obj_idx(v), 0);
      return val_is_str(p) ? "String" : val_is_num(p) ? "Number" : val_is_bool(p) ? "Boolean" : "Object";
    }
    default: return "Object";
  }
}

NATIVE(nat_obj_to_string) {
  NATIVE_UNUSED();
  const char *tag = builtin_tag(vm, this_v);
  Value t = VAL_UNDEF;
  if (val_is_obj(this_v) || val_is_str(this_v) || val_is_num(this_v) || val_is_big(this_v)) {
    Lookup lk;
    val_lookup(vm, this_v, val_sym(vm->intr[INTR_SYM_TO_STRING_TAG]), &t, &lk);
    if (lk == LK_GETTER && t != VAL_UNDEF) { /* the prelude runs the getter */
      Value a[2] = {t, bi_str(vm, tag)};
      return vm_tail_call(vm, realm_hook(vm, "toStringTagGetter"), this_v, a, 2);
    }
    if (lk != LK_VALUE) t = VAL_UNDEF;
  }
  Buf b;
  buf_init(&b);
  buf_puts(&b, "[object ");
  if (val_is_str(t)) str_to_utf8(vm->strs, val_str_id(t), &b);
  else buf_puts(&b, tag);
  buf_putc(&b, ']');
  *out = val_str(str_from_utf8(vm->strs, b.data, b.len));
  buf_free(&b);
  return VS_OK;
}

NATIVE(nat_value_of) {
  NATIVE_UNUSED();
  uint32_t o;
  VmStatus st = to_object(vm, this_v, &o);
  *out = val_obj(o);
  return st;
}

NATIVE(nat_proto_get) {
  NATIVE_UNUSED();
  uint32_t o;
  VmStatus st = to_object(vm, this_v, &o);
  if (st != VS_OK) return st;
  uint32_t p = heap_obj(HEAP, o)->proto;
  *out = p ? val_obj(p) : VAL_NULL;
  return VS_OK;
}

NATIVE(nat_proto_set) {
  NATIVE_UNUSED();
  if (val_is_obj(this_v) && (val_is_obj(ARG(0)) || ARG(0) == VAL_NULL))
  {
    heap_touch(HEAP, val_obj_idx(this_v));
    heap_obj(HEAP, val_obj_idx(this_v))->proto = val_is_obj(ARG(0)) ? val_obj_idx(ARG(0)) : 0;
  }
  *out = VAL_UNDEF;
  return VS_OK;
}

/* --- Function.prototype ------------------------------------------------------------- */

NATIVE(nat_fn_call) {
  NATIVE_UNUSED();
  if (!val_is_callable(vm, this_v)) return vm_throw_type(vm, "Function.prototype.call called on non-function");
  return vm_tail_call(vm, this_v, ARG(0), argc > 1 ? args + 1 : NULL, argc > 1 ? argc - 1 : 0);
}

NATIVE(nat_fn_apply) {
  NATIVE_UNUSED();
  if (!val_is_callable(vm, this_v)) return vm_throw_type(vm, "Function.prototype.apply was called on non-function");
  Value list = ARG(1);
  VmStatus st = vm_tail_call(vm, this_v, ARG(0), NULL, 0);
  if (val_is_nullish(list)) return st;
  if (!is_array_like_kind(vm, list)) {
    if (!val_is_obj(list)) return vm_throw_type(vm, "CreateListFromArrayLike called on non-object");
    return vm_tail_call(vm, realm_hook(vm, "applyArrayLike"), VAL_UNDEF, (Value[]){this_v, ARG(0), list}, 3);
  }
  uint32_t src = val_obj_idx(list), n = heap_obj(HEAP, src)->ndata;
  uint32_t copy = arr_new(vm, n);
  for (uint32_t i = 0; i < n; i++) heap_set_data(HEAP, copy, i, arr_get(vm, src, i));
  vm->tc.args_array = val_obj(copy);
  return VS_CALL;
}

NATIVE(nat_fn_bind) {
  NATIVE_UNUSED();
  if (!val_is_callable(vm, this_v)) return vm_throw_type(vm, "Bind must be called on a function");
  uint32_t nb = argc > 1 ? argc - 1 : 0;
  uint32_t target = val_obj_idx(this_v);
  uint32_t b = heap_alloc(HEAP, OK_BOUND, heap_obj(HEAP, target)->proto, 0, 2 + nb);
  Value *d = heap_data(HEAP, b);
  d[0] = this_v;
  d[1] = ARG(0);
  for (uint32_t i = 0; i < nb; i++) d[2 + i] = args[1 + i];
  if (val_is_ctor(vm, this_v)) heap_obj(HEAP, b)->flags |= OF_CTOR;
  *out = val_obj(b);
  return VS_OK;
}

NATIVE(nat_fn_to_string) {
  NATIVE_UNUSED();
  if (this_v == val_obj(vm->intr[INTR_FUNCTION_PROTO])) { /* a function in V8, an object here */
    *out = bi_str(vm, "function () { [native code] }");
    return VS_OK;
  }
  if (!val_is_callable(vm, this_v)) return vm_throw_type(vm, "Function.prototype.toString requires that 'this' be a Function");
  Buf b;
  buf_init(&b);
  fn_source(vm, val_obj_idx(this_v), &b);
  *out = val_str(str_from_utf8(vm->strs, b.data, b.len));
  buf_free(&b);
  return VS_OK;
}

NATIVE(nat_fn_has_instance) {
  NATIVE_UNUSED();
  Value proto;
  *out = VAL_FALSE;
  if (!val_is_callable(vm, this_v)) return VS_OK;
  obj_lookup(vm, val_obj_idx(this_v), val_str(ATOM_prototype), &proto);
  *out = val_bool(val_is_obj(proto) && obj_instance_of(vm, ARG(0), val_obj_idx(proto)));
  return VS_OK;
}

NATIVE(nat_function) {
  NATIVE_UNUSED();
  return vm_throw_type(vm, "unsupported: the Function constructor (code from strings) is not modelled");
}

NATIVE(nat_noop) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  return VS_OK;
}

/* --- Boolean -------------------------------------------------------------------------- */

NATIVE(nat_boolean) {
  NATIVE_UNUSED();
  Value b = val_bool(val_truthy(vm, ARG(0)));
  if (vm->new_target == VAL_UNDEF) {
    *out = b;
    return VS_OK;
  }
  uint32_t o = heap_alloc(HEAP, OK_BOXED, vm->intr[INTR_BOOLEAN_PROTO], 0, 1);
  heap_set_data(HEAP, o, 0, b);
  *out = val_obj(o);
  return VS_OK;
}

static Value this_prim(Vm *vm, Value v) {
  if (bi_is_kind(vm, v, OK_BOXED)) return heap_get_data(HEAP, val_obj_idx(v), 0);
  return v;
}

NATIVE(nat_bool_to_string) {
  NATIVE_UNUSED();
  Value b = this_prim(vm, this_v);
  if (!val_is_bool(b)) return vm_throw_type(vm, "Boolean.prototype.toString requires that 'this' be a Boolean");
  *out = val_str(b == VAL_TRUE ? ATOM_true_ : ATOM_false_);
  return VS_OK;
}

NATIVE(nat_bool_value_of) {
  NATIVE_UNUSED();
  Value b = this_prim(vm, this_v);
  if (!val_is_bool(b)) return vm_throw_type(vm, "Boolean.prototype.valueOf requires that 'this' be a Boolean");
  *out = b;
  return VS_OK;
}

static const NativeDef object_defs[] = {
    {"Object", 1, NF_CTOR, nat_object},
    {"keys", 1, 0, nat_keys},
    {"getOwnPropertyNames", 1, 0, nat_own_names},
    {"getOwnPropertySymbols", 1, 0, nat_own_symbols},
    {"freeze", 1, 0, nat_freeze},
    {"isFrozen", 1, 0, nat_is_frozen},
    {"seal", 1, 0, nat_seal},
    {"isSealed", 1, 0, nat_is_sealed},
    {"preventExtensions", 1, 0, nat_prevent_ext},
    {"isExtensible", 1, 0, nat_is_extensible},
    {"create", 2, 0, nat_create},
    {"getPrototypeOf", 1, 0, nat_get_proto_of},
    {"setPrototypeOf", 2, 0, nat_set_proto_of},
    {"defineProperty", 3, 0, nat_define_property},
    {"$reflectDefine", 3, NF_INTRINSIC, nat_reflect_define},
    {"getOwnPropertyDescriptor", 2, 0, nat_get_own_desc},
    {"is", 2, 0, nat_is},
    {"hasOwn", 2, 0, nat_has_own},
};

static const NativeDef object_proto_defs[] = {
    {"hasOwnProperty", 1, 0, nat_has_own_property},
    {"isPrototypeOf", 1, 0, nat_is_prototype_of},
    {"propertyIsEnumerable", 1, 0, nat_prop_is_enum},
    {"toString", 0, 0, nat_obj_to_string},
    {"valueOf", 0, 0, nat_value_of},
    {"$protoGet", 0, 0, nat_proto_get},
    {"$protoSet", 1, 0, nat_proto_set},
};

static const NativeDef function_defs[] = {
    {"Function", 1, NF_CTOR, nat_function},
    {"GeneratorFunction", 1, NF_CTOR, nat_function},
    {"AsyncFunction", 1, NF_CTOR, nat_function},
    {"AsyncGeneratorFunction", 1, NF_CTOR, nat_function},
    {"call", 1, NF_FORWARD, nat_fn_call},
    {"apply", 2, NF_FORWARD, nat_fn_apply},
    {"bind", 1, 0, nat_fn_bind},
    {"toString", 0, 0, nat_fn_to_string},
    {"$hasInstance", 1, 0, nat_fn_has_instance},
    {"$noop", 0, 0, nat_noop},
    {"Boolean", 1, NF_CTOR, nat_boolean},
    {"$boolToString", 0, 0, nat_bool_to_string},
    {"$boolValueOf", 0, 0, nat_bool_value_of},
};

const NativeModule bi_object_proto_module = {"objectproto", object_proto_defs,
                                             sizeof object_proto_defs / sizeof object_proto_defs[0], NULL};

static void object_init(Vm *vm) {
  uint32_t c = realm_make_ctor(vm, "object", "Object", INTR_OBJECT_PROTO, INTR_OBJECT);
  realm_install(vm, c, &bi_object_module);
  realm_install(vm, vm->intr[INTR_OBJECT_PROTO], &bi_object_proto_module);
  uint32_t g = realm_new_native(vm, "objectproto", "$protoGet", 0);
  uint32_t s = realm_new_native(vm, "objectproto", "$protoSet", 0);
  obj_define_cstr(vm, g, "name", bi_str(vm, "get __proto__"), PA_CONFIG);
  obj_define_cstr(vm, s, "name", bi_str(vm, "set __proto__"), PA_CONFIG);
  obj_define_accessor(vm, vm->intr[INTR_OBJECT_PROTO], val_str(ATOM_proto), val_obj(g), val_obj(s), PA_CONFIG);
}

const NativeModule bi_object_module = {"object", object_defs, sizeof object_defs / sizeof object_defs[0],
                                       object_init};

static void function_init(Vm *vm) {
  uint32_t fp = vm->intr[INTR_FUNCTION_PROTO];
  realm_make_ctor(vm, "function", "Function", INTR_FUNCTION_PROTO, INTR_FUNCTION);
  bi_install(vm, fp, "function", "call", "call");
  bi_install(vm, fp, "function", "apply", "apply");
  bi_install(vm, fp, "function", "bind", "bind");
  bi_install(vm, fp, "function", "toString", "toString");
  uint32_t hi = realm_new_native(vm, "function", "$hasInstance", 0);
  obj_define_cstr(vm, hi, "name", bi_str(vm, "[Symbol.hasInstance]"), PA_CONFIG);
  obj_define(vm, fp, val_sym(vm->intr[INTR_SYM_HAS_INSTANCE]), val_obj(hi), 0);
  realm_make_ctor(vm, "function", "Boolean", INTR_BOOLEAN_PROTO, INTR_BOOLEAN);
  bi_install(vm, vm->intr[INTR_BOOLEAN_PROTO], "function", "$boolToString", "toString");
  bi_install(vm, vm->intr[INTR_BOOLEAN_PROTO], "function", "$boolValueOf", "valueOf");
  static const struct { int intr; const char *tag; } tags[] = {
      {INTR_ASYNC_FUNCTION_PROTO, "AsyncFunction"}, {INTR_GENERATOR_FUNCTION_PROTO, "GeneratorFunction"},
      {INTR_ASYNC_GENERATOR_FUNCTION_PROTO, "AsyncGeneratorFunction"}, {INTR_GENERATOR_PROTO, "Generator"},
      {INTR_ASYNC_GENERATOR_PROTO, "AsyncGenerator"}, {INTR_PROMISE_PROTO, "Promise"},
      {INTR_MAP_PROTO, "Map"}, {INTR_SET_PROTO, "Set"}, {INTR_SYMBOL_PROTO, "Symbol"},
      {INTR_ARRAY_ITER_PROTO, "Array Iterator"}, {INTR_STRING_ITER_PROTO, "String Iterator"},
      {INTR_MAP_ITER_PROTO, "Map Iterator"}, {INTR_SET_ITER_PROTO, "Set Iterator"},
      {INTR_WEAKMAP_PROTO, "WeakMap"}, {INTR_WEAKSET_PROTO, "WeakSet"}};
  for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
    obj_define(vm, vm->intr[tags[i].intr], val_sym(vm->intr[INTR_SYM_TO_STRING_TAG]), bi_str(vm, tags[i].tag),
               PA_CONFIG);
  /* GeneratorFunction and friends are no globals, but their prototypes
   * have a `constructor` (util.inspect names a bound generator function by
   * it); the generator ones and %Generator% (%AsyncGenerator%) point at each
   * other through `prototype` and `constructor`. */
  static const int gens[] = {0, INTR_GENERATOR_PROTO, INTR_ASYNC_GENERATOR_PROTO};
  for (size_t i = 0; i < 3; i++) {
    uint32_t c = realm_new_native(vm, "function", tags[i].tag, 0), proto = vm->intr[tags[i].intr];
    heap_obj(HEAP, c)->proto = vm->intr[INTR_FUNCTION];
    obj_define_cstr(vm, c, "prototype", val_obj(proto), 0);
    if (gens[i]) {
      obj_define_cstr(vm, proto, "prototype", val_obj(vm->intr[gens[i]]), PA_CONFIG);
      obj_define_cstr(vm, vm->intr[gens[i]], "constructor", val_obj(proto), PA_CONFIG);
    }
    obj_define_cstr(vm, proto, "constructor", val_obj(c), PA_CONFIG);
  }
}

const NativeModule bi_function_module = {"function", function_defs,
                                         sizeof function_defs / sizeof function_defs[0], function_init};
