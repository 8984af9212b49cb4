/* bi_reflect.c - the steps of Reflect (prelude/12_reflect.js) that only C
 * can take: calling and constructing with an argument list and a
 * new.target, deleting without strict mode's TypeError, and V8's display
 * text of a value for messages.  The prelude does the argument checks and
 * everything that runs user code (getters, setters, ToPropertyKey). */
#include "bi.h"

/* Copies array list (made by the prelude) into a fresh arguments array for
 * a tail call. */
static Value args_copy(Vm *vm, Value list) {
  if (!bi_is_kind(vm, list, OK_ARRAY)) return val_obj(arr_new(vm, 0));
  uint32_t src = val_obj_idx(list), n = arr_len(vm, src);
  uint32_t copy = arr_new(vm, n);
  for (uint32_t i = 0; i < n; i++) heap_set_data(HEAP, copy, i, arr_get(vm, src, i));
  return val_obj(copy);
}

/* $apply(fn, thisArg, list): fn.call(thisArg, ...list) without looking up
 * anything user code may have patched. */
NATIVE(nat_apply) {
  NATIVE_UNUSED();
  VmStatus st = vm_tail_call(vm, ARG(0), ARG(1), NULL, 0);
  vm->tc.args_array = args_copy(vm, ARG(2));
  return st;
}

/* $construct(F, list, newTarget): new F(...list) with new.target
 * newTarget; both are constructors (the prelude checked).  Called only as
 * an ordinary call from the prelude (see TailCall.construct). */
NATIVE(nat_construct) {
  NATIVE_UNUSED();
  VmStatus st = vm_tail_call(vm, ARG(0), VAL_UNDEF, NULL, 0);
  vm->tc.args_array = args_copy(vm, ARG(1));
  vm->tc.construct = true;
  vm->tc.new_target = ARG(2);
  return st;
}

/* $reflectDelete(o, key): [[Delete]] of object o, key a property key;
 * false when the property is not configurable. */
NATIVE(nat_reflect_delete) {
  NATIVE_UNUSED();
  *out = val_bool(!val_is_obj(ARG(0)) || obj_delete(vm, val_obj_idx(ARG(0)), ARG(1)));
  return VS_OK;
}

/* $displayString(v): V8's side-effect-free text for v in messages. */
NATIVE(nat_display_string) {
  NATIVE_UNUSED();
  Buf b;
  buf_init(&b);
  val_display_string(vm, ARG(0), &b);
  *out = val_str(str_from_utf8(vm->strs, b.data ? b.data : "", b.len));
  buf_free(&b);
  return VS_OK;
}

static const NativeDef reflect_defs[] = {
    {"$apply", 3, NF_INTRINSIC, nat_apply},
    {"$construct", 3, NF_INTRINSIC, nat_construct},
    {"$reflectDelete", 2, NF_INTRINSIC, nat_reflect_delete},
    {"$displayString", 1, NF_INTRINSIC, nat_display_string},
};

static void reflect_init(Vm *vm) { (void)vm; }

const NativeModule bi_reflect_module = {"reflect", reflect_defs, sizeof reflect_defs / sizeof reflect_defs[0],
                                        reflect_init};
