/* bi_base.c - the intrinsics the prelude uses ($name) and the global
 * constants.  None of these is visible to user programs. */
#include <math.h>
#include <string.h>

#include "bi.h"
#include "promise.h"
#include "vm_int.h"

void bi_install(Vm *vm, uint32_t obj, const char *module, const char *name, const char *key) {
  uint32_t fn = realm_new_native(vm, module, name, 0);
  /* internal names ($boolToString) never show: the function is named by its key */
  if (name[0] == '$') obj_define_cstr(vm, fn, "name", bi_str(vm, key), PA_CONFIG);
  bi_method(vm, obj, key, val_obj(fn));
}

void bi_describe(Vm *vm, Value v, Buf *out) {
  if (val_is_str(v)) {
    buf_puts(out, "type string ('");
    str_to_utf8(vm->strs, val_str_id(v), out);
    buf_puts(out, "')");
  } else if (val_is_num(v)) {
    buf_puts(out, "type number (");
    str_to_utf8(vm->strs, num_to_str_id(vm, val_to_double(v)), out);
    buf_puts(out, ")");
  } else if (val_is_bool(v)) {
    buf_printf(out, "type boolean (%s)", v == VAL_TRUE ? "true" : "false");
  } else if (v == VAL_UNDEF || v == VAL_NULL) {
    buf_puts(out, v == VAL_NULL ? "null" : "undefined");
  } else if (val_is_callable(vm, v)) {
    buf_puts(out, "function ");
    str_to_utf8(vm->strs, fn_name(vm, val_obj_idx(v)), out);
  } else if (val_is_sym(v)) {
    buf_puts(out, "type symbol");
  } else if (val_is_big(v)) {
    buf_printf(out, "type bigint (%sn)", str_cstr_tmp(vm->strs, val_payload(v)));
  } else {
    buf_puts(out, "an instance of Object");
  }
}

static uint32_t obj_arg(Vm *vm, Value *args, uint32_t argc, uint32_t i) {
  (void)vm;
  return i < argc && val_is_obj(args[i]) ? val_obj_idx(args[i]) : 0;
}

/* $setHook(name, fn) */
NATIVE(nat_set_hook) {
  NATIVE_UNUSED();
  obj_define(vm, vm->intr[INTR_PRELUDE_HOOKS], ARG(0), ARG(1), PA_WRITABLE);
  *out = VAL_UNDEF;
  return VS_OK;
}

/* $defineMethod(obj, key, value): non-enumerable, writable, configurable */
NATIVE(nat_define_method) {
  NATIVE_UNUSED();
  uint32_t o = obj_arg(vm, args, argc, 0);
  if (o) obj_define(vm, o, ARG(1), ARG(2), PA_WRITABLE | PA_CONFIG);
  *out = VAL_UNDEF;
  return VS_OK;
}

/* $defineBuiltin(obj, key, fn): $defineMethod for the ECMAScript
 * built-ins the prelude writes; their frames show as V8's built-ins' */
NATIVE(nat_define_builtin) {
  NATIVE_UNUSED();
  uint32_t o = obj_arg(vm, args, argc, 0);
  if (o) obj_define(vm, o, ARG(1), ARG(2), PA_WRITABLE | PA_CONFIG);
  if (obj_is_kind(vm, ARG(2), OK_FUNC)) {
    heap_touch(HEAP, val_obj_idx(ARG(2)));
    heap_obj(HEAP, val_obj_idx(ARG(2)))->flags |= OF_BUILTIN;
  }
  *out = VAL_UNDEF;
  return VS_OK;
}

/* $defineValue(obj, key, value, attrs) with attrs as PA_* bits */
NATIVE(nat_define_value) {
  NATIVE_UNUSED();
  uint32_t o = obj_arg(vm, args, argc, 0);
  unsigned attrs = argc > 3 ? (unsigned)bi_num(vm, args[3]) : PA_DEFAULT;
  if (o) obj_define(vm, o, ARG(1), ARG(2), attrs & 7);
  *out = VAL_UNDEF;
  return VS_OK;
}

/* $defineAccessor(obj, key, getter, setter, enumerable) */
NATIVE(nat_define_accessor) {
  NATIVE_UNUSED();
  uint32_t o = obj_arg(vm, args, argc, 0);
  if (o) obj_define_accessor(vm, o, ARG(1), ARG(2), ARG(3), PA_CONFIG | (val_truthy(vm, ARG(4)) ? PA_ENUM : 0));
  *out = VAL_UNDEF;
  return VS_OK;
}

NATIVE(nat_set_proto) {
  NATIVE_UNUSED();
  uint32_t o = obj_arg(vm, args, argc, 0);
  if (o) {
    heap_touch(HEAP, o);
    heap_obj(HEAP, o)->proto = obj_arg(vm, args, argc, 1);
  }
  *out = ARG(0);
  return VS_OK;
}

NATIVE(nat_get_proto) {
  NATIVE_UNUSED();
  uint32_t o = obj_arg(vm, args, argc, 0);
  uint32_t p = o ? heap_obj(HEAP, o)->proto : 0;
  *out = p ? val_obj(p) : VAL_NULL;
  return VS_OK;
}

NATIVE(nat_is_callable) {
  NATIVE_UNUSED();
  *out = val_bool(val_is_callable(vm, ARG(0)));
  return VS_OK;
}

NATIVE(nat_is_constructor) {
  NATIVE_UNUSED();
  *out = val_bool(val_is_ctor(vm, ARG(0)));
  return VS_OK;
}

/* $ownKeys(obj, enumerableOnly, withSymbols) */
NATIVE(nat_own_keys) {
  NATIVE_UNUSED();
  uint32_t o = obj_arg(vm, args, argc, 0);
  *out = o ? val_obj(obj_own_keys(vm, o, val_truthy(vm, ARG(1)), val_truthy(vm, ARG(2))))
           : val_obj(arr_new(vm, 0));
  return VS_OK;
}

/* $setIntrinsic(name, value): registers prelude-defined intrinsics. */
NATIVE(nat_set_intrinsic) {
  NATIVE_UNUSED();
  *out = VAL_UNDEF;
  if (!val_is_str(ARG(0)) || !val_is_obj(ARG(1))) return VS_OK;
  uint32_t name = val_str_id(ARG(0));
  if (str_eq_cstr(vm->strs, name, "Promise")) vm->intr[INTR_PROMISE] = val_obj_idx(ARG(1));
  return VS_OK;
}

/* $coercePromise(v): PromiseResolve(%Promise%, v). */
NATIVE(nat_coerce_promise) {
  NATIVE_UNUSED();
  Value v = ARG(0);
  if (promise_is_native(vm, v)) {
    Value ctor;
    if (obj_lookup(vm, val_obj_idx(v), val_str(ATOM_constructor), &ctor) == LK_VALUE && val_is_obj(ctor) &&
        val_obj_idx(ctor) == vm->intr[INTR_PROMISE]) {
      *out = v;
      return VS_OK;
    }
  }
  uint32_t p = promise_new(vm);
  *out = val_obj(p);
  Value getter;
  if (promise_resolve_step(vm, p, v, &getter) != VS_CALL) return VS_OK;
  Value a[4] = {val_obj(p), v, getter, val_obj(p)}; /* the hook returns its 4th argument */
  return vm_tail_call(vm, realm_hook(vm, "resolveThenGetter"), VAL_UNDEF, a, 4);
}

/* $stringOf(v): ToString of a primitive. */
NATIVE(nat_string_of) {
  NATIVE_UNUSED();
  uint32_t s;
  if (val_is_obj(ARG(0))) {
    *out = bi_str(vm, "[object Object]");
    return VS_OK;
  }
  VmStatus st = val_to_string_prim(vm, ARG(0), &s);
  *out = val_str(s);
  return st;
}

/* $numberOf(v): ToNumber of a primitive. */
NATIVE(nat_number_of) {
  NATIVE_UNUSED();
  double d;
  VmStatus st = val_to_number_prim(vm, ARG(0), &d);
  *out = val_num(d);
  return st;
}

/* $getOwnValue(obj, key): own data value without running getters. */
NATIVE(nat_get_own_value) {
  NATIVE_UNUSED();
  uint32_t o = obj_arg(vm, args, argc, 0);
  Value v = VAL_UNDEF;
  if (o && obj_get_own(vm, o, ARG(1), &v) != LK_VALUE) v = VAL_UNDEF;
  *out = v;
  return VS_OK;
}

/* $isArray(v) */
NATIVE(nat_is_array) {
  NATIVE_UNUSED();
  *out = val_bool(bi_is_kind(vm, ARG(0), OK_ARRAY));
  return VS_OK;
}

/* $enqueueJob(fn): queueMicrotask without argument checks. */
NATIVE(nat_enqueue_job) {
  NATIVE_UNUSED();
  promise_enqueue_callback(vm, ARG(0));
  *out = VAL_UNDEF;
  return VS_OK;
}

/* $newTarget(): new.target of the calling (prelude) function. */
NATIVE(nat_new_target) {
  NATIVE_UNUSED();
  *out = vm->nframes ? vm->frames[vm->nframes - 1].new_target : VAL_UNDEF;
  return VS_OK;
}

/* $dateNew(proto, t): a Date object (OK_DATE) holding time value t. */
NATIVE(nat_date_new) {
  NATIVE_UNUSED();
  uint32_t proto = val_is_obj(ARG(0)) ? val_obj_idx(ARG(0)) : vm->intr[INTR_DATE_PROTO];
  uint32_t d = heap_alloc(HEAP, OK_DATE, proto, 0, 1);
  heap_set_data(HEAP, d, 0, val_num(bi_num(vm, ARG(1))));
  *out = val_obj(d);
  return VS_OK;
}

/* $dateValue(d[, method]): the time value of Date d; a TypeError for
 * anything else, V8's for a method that checks its receiver by name (the
 * getters have the short one). */
NATIVE(nat_date_value) {
  NATIVE_UNUSED();
  if (!bi_is_kind(vm, ARG(0), OK_DATE)) {
    if (!val_is_str(ARG(1))) return vm_throw_type(vm, "this is not a Date object.");
    Buf b;
    buf_init(&b);
    buf_printf(&b, "Method Date.prototype.%s called on incompatible receiver ", str_cstr_tmp(vm->strs, val_str_id(ARG(1))));
    val_display_string(vm, ARG(0), &b);
    buf_putc(&b, '\0');
    VmStatus st = vm_throw_type(vm, "%s", b.data);
    buf_free(&b);
    return st;
  }
  *out = heap_get_data(HEAP, val_obj_idx(ARG(0)), 0);
  return VS_OK;
}

/* $dateSet(d, t): sets the time value of Date d (checked by the caller). */
NATIVE(nat_date_set) {
  NATIVE_UNUSED();
  if (bi_is_kind(vm, ARG(0), OK_DATE)) heap_set_data(HEAP, val_obj_idx(ARG(0)), 0, val_num(bi_num(vm, ARG(1))));
  *out = VAL_UNDEF;
  return VS_OK;
}

static const NativeDef base_defs[] = {
    {"$newTarget", 0, NF_INTRINSIC, nat_new_target},
    {"$setHook", 2, NF_INTRINSIC, nat_set_hook},
    {"$defineMethod", 3, NF_INTRINSIC, nat_define_method},
    {"$defineBuiltin", 3, NF_INTRINSIC, nat_define_builtin},
    {"$defineValue", 4, NF_INTRINSIC, nat_define_value},
    {"$defineAccessor", 5, NF_INTRINSIC, nat_define_accessor},
    {"$setPrototypeOf", 2, NF_INTRINSIC, nat_set_proto},
    {"$getPrototypeOf", 1, NF_INTRINSIC, nat_get_proto},
    {"$isCallable", 1, NF_INTRINSIC, nat_is_callable},
    {"$isConstructor", 1, NF_INTRINSIC, nat_is_constructor},
    {"$ownKeys", 3, NF_INTRINSIC, nat_own_keys},
    {"$setIntrinsic", 2, NF_INTRINSIC, nat_set_intrinsic},
    {"$coercePromise", 1, NF_INTRINSIC, nat_coerce_promise},
    {"$stringOf", 1, NF_INTRINSIC, nat_string_of},
    {"$numberOf", 1, NF_INTRINSIC, nat_number_of},
    {"$getOwnValue", 2, NF_INTRINSIC, nat_get_own_value},
    {"$isArray", 1, NF_INTRINSIC, nat_is_array},
    {"$enqueueJob", 1, NF_INTRINSIC, nat_enqueue_job},
    {"$dateNew", 2, NF_INTRINSIC, nat_date_new},
    {"$dateValue", 1, NF_INTRINSIC, nat_date_value},
    {"$dateSet", 2, NF_INTRINSIC, nat_date_set},
};

static void base_init(Vm *vm) {
  uint32_t g = vm->global;
  obj_define_cstr(vm, g, "globalThis", val_obj(g), PA_WRITABLE | PA_CONFIG);
  obj_define_cstr(vm, g, "undefined", VAL_UNDEF, 0);
  obj_define_cstr(vm, g, "NaN", val_num(NAN), 0);
  obj_define_cstr(vm, g, "Infinity", val_num(INFINITY), 0);
}

const NativeModule bi_base_module = {"base", base_defs, sizeof base_defs / sizeof base_defs[0], base_init};
