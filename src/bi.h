/* bi.h - conveniences shared by the built-in modules (bi_*.c).
 *
 * Natives follow the NativeFn contract of vm.h: they never run JavaScript
 * themselves (they return a tail call with vm_tail_call when they must),
 * never push frames, and report errors by returning vm_throw_* results. */
#ifndef TT_BI_H
#define TT_BI_H

#include "numconv.h"
#include "obj.h"
#include "realm.h"
#include "str.h"
#include "vm.h"

#define NATIVE(fn)                                                                       \
  static VmStatus fn(Vm *vm, uint32_t callee, Value this_v, Value *args, uint32_t argc, \
                     Value *out)
#define ARG(i) ((uint32_t)(i) < argc ? args[i] : VAL_UNDEF)
#define NATIVE_UNUSED() ((void)vm, (void)callee, (void)this_v, (void)args, (void)argc, (void)out)
#define HEAP (&vm->heap)

/* ToString for natives: primitives directly; objects through the prelude's
 * toPrimitive is not possible here, so natives that accept objects document
 * what they do (usually: a prelude wrapper converts first). */
static inline uint32_t bi_prim_string(Vm *vm, Value v) {
  uint32_t s = ATOM_empty;
  if (val_is_sym(v) || val_is_obj(v)) return str_cstr(vm->strs, val_is_obj(v) ? "[object Object]" : "Symbol()");
  val_to_string_prim(vm, v, &s);
  return s;
}

static inline double bi_num(Vm *vm, Value v) { return val_to_number_nothrow(vm, v); }

/* Defines a non-enumerable data property (the attributes of built-ins). */
static inline void bi_method(Vm *vm, uint32_t obj, const char *name, Value v) {
  obj_define_cstr(vm, obj, name, v, PA_WRITABLE | PA_CONFIG);
}

extern const NativeModule bi_base_module, bi_object_module, bi_object_proto_module, bi_function_module,
    bi_array_module, bi_string_module, bi_number_module, bi_math_module, bi_json_module, bi_reflect_module,
    bi_uri_module, bi_error_module,
    bi_symbol_module, bi_collection_module, bi_console_module, bi_generator_module, bi_node_module;

/* Installs native `name` of `module` as a method of obj under `key`. */
void bi_install(Vm *vm, uint32_t obj, const char *module, const char *name, const char *key);

/* A string Value from C text. */
static inline Value bi_str(Vm *vm, const char *s) { return val_str(str_cstr(vm->strs, s)); }

/* Type checks for receivers. */
static inline bool bi_is_kind(Vm *vm, Value v, ObjKind k) { return obj_is_kind(vm, v, k); }

/* The `source` of RegExp object re (bi_regexp.c): its pattern escaped. */
uint32_t bi_regexp_source(Vm *vm, uint32_t re);

/* The description shown for a value in node's "Received ..." messages. */
void bi_describe(Vm *vm, Value v, Buf *out);

#endif
